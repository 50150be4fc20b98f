package com.quoox.xero.settings;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.chart.CodingCheck;
import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.dispatch.ReadinessHolds;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.rest.BusinessId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Reads and writes a business's account and tax coding (DESIGN §6). */
@Path("businesses/{businessId}/xero/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MappingsResource {

  @Inject ReadinessHolds holds;

  @Inject MappingsRepository mappings;

  @Inject ChartCheckBeforeSave chartCheck;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public MappingsView get(@PathParam("businessId") @BusinessId String businessId) {
    return MappingsView.of(mappings.codingFor(businessId));
  }

  @PUT
  public MappingsView put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the mappings as a JSON body") @Valid MappingsView body) {
    BusinessCoding coding = body.toCoding();
    chartCheck.check(businessId, chart -> CodingCheck.problems(coding, chart));
    BusinessCoding before = mappings.codingFor(businessId);
    var saved = MappingsView.of(mappings.save(businessId, coding));
    // What a readiness check held the sales for was judged on the settings just replaced.
    holds.release(businessId);
    audit.recordChanges(
        businessId,
        caller.getUserPrincipal(),
        AuditTopic.MAPPINGS,
        CodingChanges.between(before, coding));
    return saved;
  }
}
