package com.quoox.xero.dispatch;

import com.quoox.xero.chart.ChartTaxRate;
import com.quoox.xero.chart.OrganisationChart;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.events.Shipping;
import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.MappingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Before a tax-exclusive invoice or credit note is sent: Xero adds tax at its own rate of the
 * mapped tax type, so a line the till taxed at another rate would make the document's total differ
 * from what was charged. Such a document is parked with both rates named, never created. (A
 * tax-inclusive document's total is its lines' amounts whatever the rate, so it needs no check.)
 * The organisation's chart is the cached one, so this costs no call per sale.
 */
@ApplicationScoped
class TaxRateGuard {

  @Inject OrganisationCharts charts;

  /**
   * @throws MappingException naming the first line whose rate differs from Xero's
   * @throws IOException when the chart cannot be read from Xero
   */
  void check(
      String businessId,
      String subject,
      boolean pricesIncludeTax,
      List<SaleLine> lines,
      Shipping shipping,
      BusinessCoding coding)
      throws IOException {
    if (pricesIncludeTax) {
      return;
    }
    OrganisationChart chart = charts.of(businessId);
    int number = 1;
    for (SaleLine line : lines) {
      String what = "line " + number++ + " (" + line.description() + ")";
      check(chart, coding.codingFor(line.category()), line.taxRate(), subject, what);
    }
    if (shipping != null && shipping.amount() != null && shipping.amount().signum() != 0) {
      check(chart, coding.shipping(), shipping.taxRate(), subject, "shipping");
    }
  }

  private static void check(
      OrganisationChart chart,
      AccountCoding coding,
      BigDecimal charged,
      String subject,
      String what) {
    Optional<BigDecimal> xeroRate =
        chart.taxRate(coding.taxType()).map(ChartTaxRate::effectiveRate);
    if (charged == null || xeroRate.isEmpty() || xeroRate.get().compareTo(charged) == 0) {
      return;
    }
    throw new MappingException(
        subject
            + ", "
            + what
            + ": the till charged "
            + plain(charged)
            + " % tax but "
            + coding.taxType()
            + " is "
            + plain(xeroRate.get())
            + " % in Xero, so Xero's total would differ from what was charged. Map it to a tax"
            + " type at "
            + plain(charged)
            + " % and retry.");
  }

  private static String plain(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString();
  }
}
