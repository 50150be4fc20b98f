package com.quoox.xero.synclog;

import com.quoox.xero.dispatch.OutboxDispatcher;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.settings.BusinessId;
import com.quoox.xero.settings.InvalidRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
      @QueryParam("status") OutboxState status,
      @QueryParam("page")
          @DefaultValue("1")
          @Min(value = 1, message = "pages start at 1")
          @Max(100_000)
          int page) {
    return outbox.findByBusiness(businessId, status, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
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
