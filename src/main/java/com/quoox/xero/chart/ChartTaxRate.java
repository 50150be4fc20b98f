package com.quoox.xero.chart;

import com.xero.models.accounting.TaxRate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tax rate of the organisation, as the settings screen offers it.
 *
 * @param effectiveRate percent, e.g. 20.00
 * @param active false for a deleted or archived rate, which Xero refuses
 * @param canApplyToRevenue whether Xero allows it on sales documents
 * @param canApplyToExpenses whether Xero allows it on spending (a payment provider's fees)
 */
public record ChartTaxRate(
    String taxType,
    String name,
    BigDecimal effectiveRate,
    boolean active,
    boolean canApplyToRevenue,
    boolean canApplyToExpenses) {

  static ChartTaxRate of(TaxRate rate) {
    return new ChartTaxRate(
        rate.getTaxType(),
        rate.getName(),
        rate.getEffectiveRate() == null
            ? null
            // The SDK reads the rate as a Double; Xero sends at most 4 decimal places.
            : BigDecimal.valueOf(rate.getEffectiveRate()).setScale(4, RoundingMode.HALF_UP),
        rate.getStatus() == TaxRate.StatusEnum.ACTIVE,
        !Boolean.FALSE.equals(rate.getCanApplyToRevenue()),
        !Boolean.FALSE.equals(rate.getCanApplyToExpenses()));
  }
}
