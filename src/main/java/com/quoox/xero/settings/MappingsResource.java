package com.quoox.xero.settings;

import com.quoox.xero.chart.CodingCheck;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.ConnectionStatus;
import com.quoox.xero.mapping.BusinessCoding;
import com.xero.api.XeroException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;

/** Reads and writes a business's account and tax coding (DESIGN §6). */
@Path("businesses/{businessId}/xero/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MappingsResource {

  @Inject MappingsRepository mappings;

  @Inject ConnectionRepository connections;

  @Inject OrganisationCharts charts;

  @GET
  public MappingsView get(@PathParam("businessId") @BusinessId String businessId) {
    return MappingsView.of(mappings.codingFor(businessId));
  }

  @PUT
  public MappingsView put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the mappings as a JSON body") @Valid MappingsView body) {
    BusinessCoding coding = body.toCoding();
    if (connections
        .find(businessId)
        .filter(c -> c.getStatus() == ConnectionStatus.CONNECTED)
        .isPresent()) {
      checkWithXero(businessId, coding);
    }
    return MappingsView.of(mappings.save(businessId, coding));
  }

  /**
   * Refuses codes the organisation does not have or has archived, each on its own field. A business
   * not connected, or whose connection waits for the user (choose an organisation, reconnect),
   * saves unchecked; its first sale then meets Xero's own check and is parked for a person if a
   * code is wrong.
   */
  private void checkWithXero(String businessId, BusinessCoding coding) {
    List<CodingCheck.CodeProblem> problems;
    try {
      problems = CodingCheck.problems(coding, charts.fresh(businessId));
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
