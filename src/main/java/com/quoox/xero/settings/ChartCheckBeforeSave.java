package com.quoox.xero.settings;

import com.quoox.xero.chart.CodingCheck;
import com.quoox.xero.chart.OrganisationChart;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.ConnectionStatus;
import com.quoox.xero.rest.InvalidRequest;
import com.quoox.xero.rest.Problem;
import com.quoox.xero.rest.XeroUnavailable;
import com.xero.api.XeroException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Refuses account and tax codes the organisation does not have or has archived, each on its own
 * field, before settings are saved. A business not connected, or whose connection waits for the
 * user (choose an organisation, reconnect), saves unchecked; its first document then meets Xero's
 * own check and is parked for a person if a code is wrong.
 */
@ApplicationScoped
public class ChartCheckBeforeSave {

  @Inject ConnectionRepository connections;

  @Inject OrganisationCharts charts;

  public void check(
      String businessId, Function<OrganisationChart, List<CodingCheck.CodeProblem>> problemsIn) {
    if (connections
        .find(businessId)
        .filter(c -> c.getStatus() == ConnectionStatus.CONNECTED)
        .isEmpty()) {
      return;
    }
    List<CodingCheck.CodeProblem> problems;
    try {
      problems = problemsIn.apply(charts.fresh(businessId));
    } catch (IOException | XeroException e) {
      throw XeroUnavailable.becauseOf(e);
    } catch (ConnectionNotUsable e) {
      return; // the user must reconnect first: saved unchecked, as for a business not connected
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(
          "Xero would refuse some of these codes; nothing was saved",
          problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
    }
  }
}
