package com.quoox.xero.demo;

import com.quoox.xero.events.Customer;
import com.quoox.xero.events.Payment;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Café baskets for the demo: a few items with UK VAT, prices including tax. */
public final class RandomBaskets {

  private static final AtomicInteger NUMBER = new AtomicInteger(1000);

  private record Item(String code, String name, String category, String price, String rate) {}

  private static final List<Item> MENU =
      List.of(
          new Item("FW", "Flat white", "coffee", "3.20", "20"),
          new Item("LT", "Latte", "coffee", "3.45", "20"),
          new Item("CR", "Croissant", "bakery", "2.10", "0"),
          new Item("BN", "Coffee beans 250 g", "retail", "8.95", "20"),
          new Item("MG", "Mug", "retail", "12.00", "20"));

  private RandomBaskets() {}

  public static SaleCompleted sale(String businessId) {
    return sale(businessId, true);
  }

  /**
   * @param paidAtTill whether the customer paid by card at the till; if not, the sale is on their
   *     tab (no payments), and its invoice waits for a payment received later
   */
  public static SaleCompleted sale(String businessId, boolean paidAtTill) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<SaleLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0, n = random.nextInt(1, 4); i < n; i++) {
      Item item = MENU.get(random.nextInt(MENU.size()));
      BigDecimal quantity = BigDecimal.valueOf(random.nextInt(1, 4));
      BigDecimal price = new BigDecimal(item.price());
      lines.add(
          new SaleLine(
              item.code(),
              item.name(),
              item.category(),
              quantity,
              price,
              BigDecimal.ZERO,
              "VAT" + item.rate(),
              new BigDecimal(item.rate())));
      total = total.add(quantity.multiply(price));
    }
    total = total.setScale(2);
    String number = "S-" + NUMBER.incrementAndGet();
    return new SaleCompleted(
        businessId,
        UUID.randomUUID().toString(),
        number,
        Instant.now(),
        "GBP",
        new Customer("c-" + random.nextInt(100), "Walk-in customer", null),
        true,
        lines,
        null,
        total,
        paidAtTill
            ? List.of(new Payment(PaymentProvider.CARD, total, "card-" + number))
            : List.of(),
        null);
  }
}
