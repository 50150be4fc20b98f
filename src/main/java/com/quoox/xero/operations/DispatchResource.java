package com.quoox.xero.operations;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.dispatch.BusinessDispatchRepository;
import com.quoox.xero.dispatch.OutboxDispatcher;
import com.quoox.xero.rest.BusinessId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;

/**
 * Pauses and resumes sending one business's sales to Xero, and shows its circuit. A paused
 * business's sales are still recorded in the outbox (a sale never fails for it) and are sent once
 * it is resumed; the pause is stored in the database, so every node honours it.
 */
@Path("businesses/{businessId}/xero/dispatch")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

  @Inject BusinessDispatchRepository dispatchControl;

  @Inject OutboxDispatcher dispatcher;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public DispatchView get(@PathParam("businessId") @BusinessId String businessId) {
    return dispatchControl
        .find(businessId)
        .map(d -> DispatchView.of(d, Instant.now()))
        .orElseGet(DispatchView::running);
  }

  /** Stops sending; entries a lane already holds are finished (at most one lane's share). */
  @POST
  @Path("pause")
  public DispatchView pause(
      @PathParam("businessId") @BusinessId String businessId, @Valid PauseRequest body) {
    String reason = body == null ? null : body.reason();
    DispatchView view = DispatchView.of(dispatchControl.pause(businessId, reason), Instant.now());
    audit.record(
        businessId,
        caller.getUserPrincipal(),
        AuditTopic.DISPATCH,
        reason == null || reason.isBlank() ? "Sending paused" : "Sending paused: " + reason);
    return view;
  }

  /** Sends again at once, also ending a cool-off of the business's circuit. */
  @POST
  @Path("resume")
  public DispatchView resume(@PathParam("businessId") @BusinessId String businessId) {
    DispatchView view = DispatchView.of(dispatchControl.resume(businessId), Instant.now());
    dispatcher.wake();
    audit.record(businessId, caller.getUserPrincipal(), AuditTopic.DISPATCH, "Sending resumed");
    return view;
  }
}
