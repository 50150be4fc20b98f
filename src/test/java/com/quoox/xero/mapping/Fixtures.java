package com.quoox.xero.mapping;

import com.quoox.xero.events.Customer;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.events.Shipping;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sales, refunds and a UK-style coding for the mapping tests. */
final class Fixtures {

  static final Instant COMPLETED_AT = Instant.parse("2026-03-01T23:30:00Z");

  /** UK tax types and their rates, as a Xero organisation would have them. */
  static final Map<String, BigDecimal> RATES =
      Map.of(
          "OUTPUT2",
          new BigDecimal("20"),
          "RROUTPUT",
          new BigDecimal("5"),
          "ZERORATEDOUTPUT",
          BigDecimal.ZERO,
          "NONE",
          BigDecimal.ZERO);

  static final AccountCoding FOOD = new AccountCoding("205", "RROUTPUT");
  static final AccountCoding BOOKS = new AccountCoding("210", "ZERORATEDOUTPUT");
  static final AccountCoding DRINKS = new AccountCoding("200", "OUTPUT2");

  private Fixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Categories "drinks" (20 %), "food" (5 %), "books" (0 %); anything else takes 200/OUTPUT2. */
  static BusinessCoding coding() {
    return codingWith(ContactStrategy.SINGLE_CONTACT, DRINKS);
  }

  static BusinessCoding codingWith(ContactStrategy strategy, AccountCoding shipping) {
    return new BusinessCoding(
        Map.of("drinks", DRINKS, "food", FOOD, "books", BOOKS),
        new AccountCoding("200", "OUTPUT2"),
        shipping,
        "860",
        "NONE",
        DocumentStatus.AUTHORISED,
        strategy,
        "Quoox Sales");
  }

  /** The category whose tax type has the given rate in {@link #coding()}. */
  static String categoryFor(BigDecimal rate) {
    return switch (rate.intValue()) {
      case 20 -> "drinks";
      case 5 -> "food";
      default -> "books";
    };
  }

  static SaleLine line(String description, String quantity, String unitPrice, String rate) {
    return line(description, quantity, unitPrice, "0", rate);
  }

  static SaleLine line(
      String description, String quantity, String unitPrice, String discount, String rate) {
    BigDecimal taxRate = dec(rate);
    return new SaleLine(
        null,
        description,
        categoryFor(taxRate),
        dec(quantity),
        dec(unitPrice),
        dec(discount),
        "T",
        taxRate);
  }

  static SaleCompleted sale(boolean inclusive, String charged, SaleLine... lines) {
    return sale(inclusive, null, charged, lines);
  }

  static SaleCompleted sale(
      boolean inclusive, Shipping shipping, String charged, SaleLine... lines) {
    return new SaleCompleted(
        "biz-1",
        "sale-1",
        "S-1001",
        COMPLETED_AT,
        "GBP",
        null,
        inclusive,
        List.of(lines),
        shipping,
        charged == null ? null : dec(charged),
        List.of(),
        null);
  }

  static SaleCompleted withCustomer(SaleCompleted sale, Customer customer) {
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        sale.saleNumber(),
        sale.completedAt(),
        sale.currency(),
        customer,
        sale.pricesIncludeTax(),
        sale.lines(),
        sale.shipping(),
        sale.totalCharged(),
        sale.payments(),
        sale.saleUrl());
  }

  static SaleCompleted withNumber(SaleCompleted sale, String number) {
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        number,
        sale.completedAt(),
        sale.currency(),
        sale.customer(),
        sale.pricesIncludeTax(),
        sale.lines(),
        sale.shipping(),
        sale.totalCharged(),
        sale.payments(),
        sale.saleUrl());
  }

  static SaleCompleted withCurrency(SaleCompleted sale, String currency) {
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        sale.saleNumber(),
        sale.completedAt(),
        currency,
        sale.customer(),
        sale.pricesIncludeTax(),
        sale.lines(),
        sale.shipping(),
        sale.totalCharged(),
        sale.payments(),
        sale.saleUrl());
  }

  static SaleCompleted withUrl(SaleCompleted sale, String url) {
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        sale.saleNumber(),
        sale.completedAt(),
        sale.currency(),
        sale.customer(),
        sale.pricesIncludeTax(),
        sale.lines(),
        sale.shipping(),
        sale.totalCharged(),
        sale.payments(),
        url);
  }

  static RefundIssued refund(boolean inclusive, String amount, String reason, SaleLine... lines) {
    return new RefundIssued(
        "biz-1",
        "refund-1",
        "R-1",
        "sale-1",
        COMPLETED_AT,
        "GBP",
        inclusive,
        List.of(lines),
        amount == null ? null : dec(amount),
        reason);
  }
}
