package com.quoox.xero.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * An independent re-implementation of how Xero totals a document, read back from the SDK model
 * alone: each line rounded to the cent half away from zero, tax per line by the rate of its tax
 * type. Works in whole cents so it shares no code with {@link LineAmounts}.
 */
final class ReferenceXeroTotal {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private ReferenceXeroTotal() {}

  static BigDecimal total(
      List<LineItem> items, LineAmountTypes types, Map<String, BigDecimal> rates) {
    BigDecimal cents = BigDecimal.ZERO;
    for (LineItem item : items) {
      BigDecimal lineCents = lineCents(item);
      assertEquals(
          0,
          BigDecimal.valueOf(item.getLineAmount()).movePointRight(2).compareTo(lineCents),
          () -> "LineAmount of '" + item.getDescription() + "' is not Xero's own arithmetic");
      cents = cents.add(lineCents);
      if (types == LineAmountTypes.EXCLUSIVE) {
        BigDecimal rate = rates.get(item.getTaxType());
        assertNotNull(rate, "unknown tax type " + item.getTaxType());
        cents = cents.add(centsHalfAwayFromZero(lineCents.multiply(rate).movePointLeft(2)));
      }
    }
    return cents.movePointLeft(2);
  }

  /** Quantity × UnitAmount − DiscountAmount in cents, as Xero computes it from the request. */
  static BigDecimal lineCents(LineItem item) {
    BigDecimal quantity = BigDecimal.valueOf(item.getQuantity());
    BigDecimal unit = BigDecimal.valueOf(item.getUnitAmount());
    BigDecimal discount =
        item.getDiscountAmount() == null
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(item.getDiscountAmount());
    return centsHalfAwayFromZero(quantity.multiply(unit).subtract(discount).movePointRight(2));
  }

  /** Rounds an amount of cents to a whole cent, half away from zero, by hand. */
  static BigDecimal centsHalfAwayFromZero(BigDecimal cents) {
    BigDecimal magnitude = cents.abs().add(HALF).setScale(0, RoundingMode.FLOOR);
    return cents.signum() < 0 ? magnitude.negate() : magnitude;
  }
}
