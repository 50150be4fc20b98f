package com.quoox.xero.synclog;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.dispatch.OutboxDispatcher;
import com.quoox.xero.intake.Backfill;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.CalendarDay;
import com.quoox.xero.rest.InvalidRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sync log of a business, the retry of entries after their cause was fixed, and the back-fill
 * of past sales (DESIGN §6). Days are UTC days.
 */
@Path("businesses/{businessId}/xero/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncLogResource {

  private static final int PAGE_SIZE = 50;

  /** A back-fill covers at most a year at a time, so one request stays one bounded transaction. */
  private static final int MAX_BACKFILL_DAYS = 366;

  @Inject OutboxRepository outbox;

  @Inject OutboxDispatcher dispatcher;

  @Inject Backfill backfill;

  @Inject XeroLinks links;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public List<SyncLogEntry> list(
      @PathParam("businessId") @BusinessId String businessId,
      // Text, not an enum, int or date: JAX-RS answers 404 to a parameter it cannot convert.
      @QueryParam("status")
          @Pattern(
              regexp = "PENDING|SENDING|SENT|RETRY_WAIT|NEEDS_ATTENTION|SKIPPED",
              message = "must be PENDING, SENDING, SENT, RETRY_WAIT, NEEDS_ATTENTION or SKIPPED")
          String status,
      @QueryParam("from")
          @Pattern(regexp = CalendarDay.PATTERN, message = CalendarDay.PATTERN_MESSAGE)
          String from,
      @QueryParam("to")
          @Pattern(regexp = CalendarDay.PATTERN, message = CalendarDay.PATTERN_MESSAGE)
          String to,
      @QueryParam("page")
          @DefaultValue("1")
          @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a page number from 1")
          String page) {
    OutboxState state = status == null ? null : OutboxState.valueOf(status);
    LocalDate fromDay = CalendarDay.parse("from", from);
    LocalDate toDay = CalendarDay.parse("to", to);
    int first = (Integer.parseInt(page) - 1) * PAGE_SIZE;
    return outbox
        .findByBusiness(
            businessId,
            state,
            startOf(fromDay),
            startOf(toDay == null ? null : toDay.plusDays(1)),
            first,
            PAGE_SIZE)
        .stream()
        .map(entry -> SyncLogEntry.of(entry, links))
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
    record(businessId, "Retried " + describe(retried));
    return SyncLogEntry.of(retried, links);
  }

  /**
   * Sends a sale again whose invoice an accountant voided or deleted in Xero: exactly one new
   * invoice, whose Reference carries a suffix ({@code S-1/2}) so it is never mistaken for the old.
   */
  @POST
  @Path("{entryId}/send-again")
  public SyncLogEntry sendAgain(
      @PathParam("businessId") @BusinessId String businessId,
      @PathParam("entryId") String entryId) {
    OutboxEntry entry = entryOf(businessId, entryId);
    if (!SyncLogEntry.choicesOf(entry).contains(SyncLogEntry.SEND_AGAIN)) {
      throw new InvalidRequest(
          "entryId",
          "Only a sale whose invoice was voided or deleted in Xero, and not left so, can be sent"
              + " again");
    }
    OutboxEntry again = outbox.update(entryId, OutboxEntry::sendAgain);
    dispatcher.wake();
    return SyncLogEntry.of(again, links);
  }

  /** Leaves a sale's invoice voided or deleted in Xero, as the accountant did: nothing is sent. */
  @POST
  @Path("{entryId}/leave")
  public SyncLogEntry leave(
      @PathParam("businessId") @BusinessId String businessId,
      @PathParam("entryId") String entryId) {
    OutboxEntry entry = entryOf(businessId, entryId);
    if (!SyncLogEntry.choicesOf(entry).contains(SyncLogEntry.LEAVE)) {
      throw new InvalidRequest(
          "entryId", "Only a sale whose invoice was voided or deleted in Xero can be left so");
    }
    return SyncLogEntry.of(outbox.update(entryId, OutboxEntry::leaveAsChangedInXero), links);
  }

  private OutboxEntry entryOf(String businessId, String entryId) {
    return outbox
        .findById(entryId)
        .filter(e -> e.getBusinessId().equals(businessId))
        .orElseThrow(
            () ->
                new NotFoundException("No sync entry " + entryId + " for business " + businessId));
  }

  /** Sends every entry that needs attention again, e.g. after a mapping they shared was fixed. */
  @POST
  @Path("retry-all")
  public Map<String, Integer> retryAll(@PathParam("businessId") @BusinessId String businessId) {
    int retried = outbox.retryAllParked(businessId);
    dispatcher.wake();
    record(businessId, "Retried all that needed attention: " + retried + " entries");
    return Map.of("retried", retried);
  }

  /** The days of a back-fill, both included. */
  public record DayRange(
      @NotNull(message = "choose the first day")
          @Pattern(regexp = CalendarDay.PATTERN, message = CalendarDay.PATTERN_MESSAGE)
          String from,
      @NotNull(message = "choose the last day")
          @Pattern(regexp = CalendarDay.PATTERN, message = CalendarDay.PATTERN_MESSAGE)
          String to) {}

  /**
   * Back-fill: sends the business's sales and refunds of these days that are not yet in the sync
   * log, e.g. those made before it connected to Xero. Those already there are left alone.
   */
  @POST
  @Path("resend")
  @Consumes(MediaType.APPLICATION_JSON)
  public Backfill.Result resend(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the days as a JSON body") @Valid DayRange days) {
    LocalDate from = CalendarDay.parse("from", days.from());
    LocalDate to = CalendarDay.parse("to", days.to());
    if (to.isBefore(from)) {
      throw new InvalidRequest("to", "The last day must not be before the first day");
    }
    if (from.plusDays(MAX_BACKFILL_DAYS).isBefore(to)) {
      throw new InvalidRequest("to", "Resend at most " + MAX_BACKFILL_DAYS + " days at a time");
    }
    if (from.isAfter(LocalDate.now(ZoneOffset.UTC))) {
      throw new InvalidRequest("from", "The first day is in the future");
    }
    try {
      Backfill.Result result = backfill.resend(businessId, from, to);
      dispatcher.wake();
      record(
          businessId,
          "Resent "
              + from
              + " to "
              + to
              + ": "
              + result.found()
              + " found, "
              + result.queued()
              + " new, "
              + result.resent()
              + " sent again");
      return result;
    } catch (UnsupportedOperationException e) {
      throw new WebApplicationException(e.getMessage(), Response.Status.NOT_IMPLEMENTED);
    }
  }

  private void record(String businessId, String summary) {
    audit.record(businessId, caller.getUserPrincipal(), AuditTopic.SYNC_LOG, summary);
  }

  /** The entry as the sync log names it: its kind and the sale's or refund's number. */
  private static String describe(OutboxEntry entry) {
    String kind = entry.getSourceKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String number = entry.getSourceNumber() == null ? entry.getSourceId() : entry.getSourceNumber();
    return kind + " " + number;
  }

  /** A day the pattern let through may still not exist (2026-02-30). */
  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
