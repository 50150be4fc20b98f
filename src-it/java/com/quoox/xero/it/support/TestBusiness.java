package com.quoox.xero.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.Customer;
import com.quoox.xero.events.Payment;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.XeroSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One test's own Quoox business, connected to its own organisation in the shared sandbox, so tests
 * never see each other's invoices or faults.
 */
public final class TestBusiness {

  public static final String MAPPINGS =
      """
      {"categories": {"coffee": {"accountCode": "200", "taxType": "OUTPUT2"},
                      "bakery": {"accountCode": "260", "taxType": "ZERORATEDOUTPUT"}},
       "sales": {"accountCode": "200", "taxType": "OUTPUT2"},
       "shipping": {"accountCode": "200", "taxType": "OUTPUT2"},
       "roundingAccount": "860", "roundingTaxType": "NONE",
       "invoiceStatus": "AUTHORISED", "contactStrategy": "SINGLE_CONTACT",
       "singleContactName": "Quoox Sales"}
      """;

  public final String id;
  public final SandboxTenant xero;
  private final ModuleApi api;
  private int saleNumber;

  private TestBusiness(String id, SandboxTenant xero, ModuleApi api) {
    this.id = id;
    this.xero = xero;
    this.api = api;
  }

  /** A business whose sandbox organisation exists but which has not connected yet. */
  public static TestBusiness unconnected(ModuleApi api) {
    String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String tenantId =
        XeroSandbox.shared().addCustomConnection(id + "-client", id + "-secret", "Org of " + id);
    return new TestBusiness(id, XeroSandbox.shared().tenant(tenantId), api);
  }

  /** A business already connected (by the test) to the sandbox organisation {@code xero}. */
  public static TestBusiness onTenant(ModuleApi api, String businessId, SandboxTenant xero) {
    TestBusiness business = new TestBusiness(businessId, xero, api);
    business.expect(200, api.put(business.path("mappings"), MAPPINGS));
    return business;
  }

  /** A business connected through its Custom Connection at {@code xero}, on another module node. */
  public static TestBusiness connectedTo(ModuleApi api, String businessId, SandboxTenant xero) {
    TestBusiness business = new TestBusiness(businessId, xero, api);
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(businessId + "-secret")));
    business.expect(200, api.put(business.path("mappings"), MAPPINGS));
    return business;
  }

  /** A business connected through a Custom Connection, with the café mappings saved. */
  public static TestBusiness connected(ModuleApi api) {
    TestBusiness business = unconnected(api);
    return connectedTo(api, business.id, business.xero);
  }

  public String customConnection(String secret) {
    return "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
        + id
        + "-client\",\"clientSecret\":\""
        + secret
        + "\"}";
  }

  public String path(String tail) {
    return "businesses/" + id + "/xero/" + tail;
  }

  /**
   * Two flat whites at 3.20 (20 % VAT) and a croissant at 2.10 less 0.10 (0 %), prices with VAT:
   * 8.40.
   */
  public SaleCompleted cafeSale() {
    String number = "S-" + (++saleNumber);
    return new SaleCompleted(
        id,
        UUID.randomUUID().toString(),
        number,
        Instant.parse("2026-11-25T10:15:30Z"),
        "GBP",
        new Customer("c-1", "Ada Lovelace", "ada@example.com"),
        true,
        List.of(
            new SaleLine(
                "FW",
                "Flat white",
                "coffee",
                new BigDecimal("2"),
                new BigDecimal("3.20"),
                BigDecimal.ZERO,
                "VAT20",
                new BigDecimal("20")),
            new SaleLine(
                "CR",
                "Croissant",
                "bakery",
                new BigDecimal("1"),
                new BigDecimal("2.10"),
                new BigDecimal("0.10"),
                "VAT0",
                BigDecimal.ZERO)),
        null,
        new BigDecimal("8.40"),
        List.of(),
        null);
  }

  /** The same sale, completed at {@code at}. */
  public static SaleCompleted completedAt(SaleCompleted sale, Instant at) {
    return copy(sale, at, sale.pricesIncludeTax(), sale.totalCharged(), sale.payments());
  }

  /** The same lines with prices before tax, and the total then charged. */
  public static SaleCompleted taxExclusive(SaleCompleted sale, String charged) {
    return copy(sale, sale.completedAt(), false, new BigDecimal(charged), sale.payments());
  }

  private static SaleCompleted copy(
      SaleCompleted sale,
      Instant at,
      boolean pricesIncludeTax,
      BigDecimal charged,
      List<Payment> payments) {
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        sale.saleNumber(),
        at,
        sale.currency(),
        sale.customer(),
        pricesIncludeTax,
        sale.lines(),
        sale.shipping(),
        charged,
        payments,
        sale.saleUrl());
  }

  /** One flat white at 3.20 with 20 % VAT included, as a refunded line. */
  public static SaleLine flatWhite() {
    return new SaleLine(
        "FW",
        "Flat white",
        "coffee",
        BigDecimal.ONE,
        new BigDecimal("3.20"),
        BigDecimal.ZERO,
        "VAT20",
        new BigDecimal("20"));
  }

  /** A refund of {@code sale}, of the lines given or (none given) of the amount only. */
  public RefundIssued refundOf(
      SaleCompleted sale, String number, List<SaleLine> lines, String amount) {
    return new RefundIssued(
        id,
        UUID.randomUUID().toString(),
        number,
        sale.saleId(),
        Instant.parse("2026-11-26T09:00:00Z"),
        "GBP",
        true,
        lines,
        new BigDecimal(amount),
        "Customer asked");
  }

  /** The same sale, paid with {@code payments} at the till. */
  public static SaleCompleted paid(SaleCompleted sale, Payment... payments) {
    return copy(
        sale, sale.completedAt(), sale.pricesIncludeTax(), sale.totalCharged(), List.of(payments));
  }

  public static Payment payment(PaymentProvider provider, String amount, String reference) {
    return new Payment(provider, new BigDecimal(amount), reference);
  }

  /** A payout of this business's provider on 26 November, settling the payments named. */
  public PayoutPaid payout(
      String payoutId,
      PaymentProvider provider,
      String gross,
      String fees,
      String net,
      String... settles) {
    return new PayoutPaid(
        id,
        payoutId,
        provider,
        LocalDate.parse("2026-11-26"),
        "GBP",
        new BigDecimal(gross),
        new BigDecimal(fees),
        new BigDecimal(net),
        List.of(settles));
  }

  public ModuleApi.Answer sell(SaleCompleted sale) {
    return expect(200, api.fire("demo/sales", sale));
  }

  /** Waits until Xero holds {@code count} invoices for this business and returns them. */
  public List<JsonNode> awaitInvoices(int count) {
    return Eventually.await(
        count + " invoice(s) in Xero for " + id,
        Duration.ofSeconds(30),
        xero::invoices,
        l -> l.size() >= count);
  }

  /** Waits until the sync log shows the entry of {@code number} in {@code status}. */
  public JsonNode awaitSyncStatus(String number, String status) {
    return Eventually.await(
        number + " " + status + " in the sync log of " + id,
        Duration.ofSeconds(30),
        () -> syncEntry(number),
        e -> e != null && status.equals(e.path("status").asText()));
  }

  public JsonNode syncEntry(String number) {
    for (JsonNode entry : expect(200, api.get(path("sync"))).json()) {
      if (number.equals(entry.path("number").asText())) {
        return entry;
      }
    }
    return null;
  }

  public ModuleApi.Answer expect(int status, ModuleApi.Answer answer) {
    if (answer.status() != status) {
      throw new AssertionError(
          "Expected " + status + " but got " + answer.status() + ": " + answer.body());
    }
    return answer;
  }
}
