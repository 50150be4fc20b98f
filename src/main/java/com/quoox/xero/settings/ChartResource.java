package com.quoox.xero.settings;

import com.quoox.xero.chart.ChartAccount;
import com.quoox.xero.chart.ChartTaxRate;
import com.quoox.xero.chart.OrganisationChart;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.XeroUnavailable;
import com.xero.api.XeroException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;

/**
 * What the mapping screen chooses from: the organisation's active accounts and the tax rates Xero
 * allows on sales (or, with {@code ?use=expenses}, on spending), fetched live (kept two minutes),
 * and the business's item categories.
 */
@Path("businesses/{businessId}/xero")
@Produces(MediaType.APPLICATION_JSON)
public class ChartResource {

  @Inject OrganisationCharts charts;

  @Inject ItemCategories categories;

  @GET
  @Path("accounts")
  public List<ChartAccount> accounts(@PathParam("businessId") @BusinessId String businessId) {
    try {
      return charts.of(businessId).activeAccounts();
    } catch (IOException | XeroException e) {
      throw XeroUnavailable.becauseOf(e);
    } catch (ConnectionNotUsable e) {
      throw XeroUnavailable.notConnected(e);
    }
  }

  @GET
  @Path("tax-rates")
  public List<ChartTaxRate> taxRates(
      @PathParam("businessId") @BusinessId String businessId,
      @QueryParam("use") @Pattern(regexp = "sales|expenses", message = "must be sales or expenses")
          String use) {
    try {
      OrganisationChart chart = charts.of(businessId);
      return "expenses".equals(use) ? chart.expenseTaxRates() : chart.revenueTaxRates();
    } catch (IOException | XeroException e) {
      throw XeroUnavailable.becauseOf(e);
    } catch (ConnectionNotUsable e) {
      throw XeroUnavailable.notConnected(e);
    }
  }

  @GET
  @Path("categories")
  public List<String> categories(@PathParam("businessId") @BusinessId String businessId) {
    return categories.of(businessId);
  }
}
