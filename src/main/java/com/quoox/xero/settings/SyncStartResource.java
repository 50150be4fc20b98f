package com.quoox.xero.settings;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.audit.ChangeSummary;
import com.quoox.xero.connection.SyncStart;
import com.quoox.xero.connection.SyncStarts;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.CalendarDay;
import com.quoox.xero.rest.InvalidRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;

/**
 * From which day the business's sales go to Xero: chosen before its first connection (by default
 * the day it connects); earlier days go through Resend.
 */
@Path("businesses/{businessId}/xero/sync-start")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncStartResource {

  /** The chosen day (null: the day of the first connection) and whether that has happened. */
  public record SyncStartView(String sendSalesFrom, boolean everConnected) {
    static SyncStartView of(SyncStart start) {
      LocalDate day = start.sendsFrom();
      return new SyncStartView(day == null ? null : day.toString(), start.everConnected());
    }
  }

  /** The first day whose sales go to Xero, as YYYY-MM-DD. */
  public record SyncStartChoice(
      @NotNull(message = "choose the first day whose sales go to Xero")
          @Pattern(regexp = CalendarDay.PATTERN, message = CalendarDay.PATTERN_MESSAGE)
          String sendSalesFrom) {}

  @Inject SyncStarts syncStarts;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public SyncStartView get(@PathParam("businessId") @BusinessId String businessId) {
    return syncStarts
        .find(businessId)
        .map(SyncStartView::of)
        .orElse(new SyncStartView(null, false));
  }

  @PUT
  public SyncStartView choose(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the day as a JSON body") @Valid SyncStartChoice choice) {
    String before = get(businessId).sendSalesFrom();
    try {
      SyncStartView chosen =
          SyncStartView.of(
              syncStarts.choose(
                  businessId, CalendarDay.parse("sendSalesFrom", choice.sendSalesFrom())));
      audit.recordChanges(
          businessId,
          caller.getUserPrincipal(),
          AuditTopic.SYNC_START,
          new ChangeSummary()
              .field(
                  "Send sales from",
                  before == null ? "the day of connecting" : before,
                  chosen.sendSalesFrom()));
      return chosen;
    } catch (IllegalStateException e) {
      throw new InvalidRequest("sendSalesFrom", e.getMessage());
    }
  }
}
