package com.quoox.xero.synclog;

import com.quoox.xero.dispatch.OutboxDispatcher;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.settings.BusinessId;
import com.quoox.xero.settings.InvalidRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The sync log of a business and the retry of an entry after its cause was fixed (DESIGN §6). */
@Path("businesses/{businessId}/xero/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncLogResource {

  private static final int PAGE_SIZE = 50;

  @Inject OutboxRepository outbox;

  @Inject OutboxDispatcher dispatcher;

  @GET
  public List<SyncLogEntry> list(
      @PathParam("businessId") @BusinessId String businessId,
      // Text, not an enum or int: JAX-RS answers 404 to a parameter it cannot convert (spec §3.2).
      @QueryParam("status")
          @Pattern(
              regexp = "PENDING|SENDING|SENT|RETRY_WAIT|NEEDS_ATTENTION|SKIPPED",
              message = "must be PENDING, SENDING, SENT, RETRY_WAIT, NEEDS_ATTENTION or SKIPPED")
          String status,
      @QueryParam("page")
          @DefaultValue("1")
          @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a page number from 1")
          String page) {
    OutboxState state = status == null ? null : OutboxState.valueOf(status);
    int first = (Integer.parseInt(page) - 1) * PAGE_SIZE;
    return outbox.findByBusiness(businessId, state, first, PAGE_SIZE).stream()
        .map(SyncLogEntry::of)
        .toList();
  }

  /** Sends the entry again now, e.g. after its account mapping was fixed. */
  @POST
  @Path("{entryId}/retry")
  public SyncLogEntry retry(
      @PathParam("businessId") @BusinessId String businessId,
      @PathParam("entryId") String entryId) {
    OutboxEntry entry =
        outbox
            .findById(entryId)
            .filter(e -> e.getBusinessId().equals(businessId))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No sync entry " + entryId + " for business " + businessId));
    if (entry.getState() == OutboxState.SENT || entry.getState() == OutboxState.SENDING) {
      throw new InvalidRequest(
          "entryId", "This entry is " + entry.getState() + " and needs no retry");
    }
    OutboxEntry retried = outbox.update(entryId, OutboxEntry::retryNow);
    dispatcher.wake();
    return SyncLogEntry.of(retried);
  }
}
