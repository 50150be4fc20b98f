package com.quoox.xero.dispatch;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DailySummary;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.CreateOnce;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Daily summary mode, for busy venues: a business's sales wait until their day (in the
 * organisation's time zone) is over, then go to Xero as one invoice for the day, and its refunds as
 * one credit note. Each sale's entry then records the summary's invoice, so its payments are paid
 * against it. The entries of a summary are fixed (their {@code summary_key}) before it is first
 * sent, and the summary's Idempotency-Key and Reference come from that key: a summary whose outcome
 * was unknown is looked up and sent again with exactly the same entries, never re-grouped, so no
 * sale reaches Xero twice.
 */
@ApplicationScoped
class DailySummaryDelivery {

  /** The most entries one summary gathers; a bigger day is summarised in more than one document. */
  static final int MAX_ENTRIES = 5_000;

  private static final Logger LOG = Logger.getLogger(DailySummaryDelivery.class);

  private static final List<SourceKind> SUMMARISED = List.of(SourceKind.SALE, SourceKind.REFUND);

  @Inject OutboxRepository outbox;

  @Inject XeroAccounting xero;

  @Inject OutcomeRecorder recorder;

  @Inject DeliveryOutcomes outcomes;

  @Inject DispatchSettings settings;

  /**
   * Whether the entry goes to Xero in a daily summary: a sale or refund of a business in daily
   * summary mode, or one already put in a summary (whatever the mode is now).
   */
  static boolean summarised(OutboxEntry entry, BusinessCoding coding) {
    return entry.getSummaryKey() != null
        || (coding.dailySummary() && SUMMARISED.contains(entry.getSourceKind()));
  }

  /** One document to be: the kind and day of its entries. */
  private record Group(SourceKind kind, LocalDate day, List<OutboxEntry> entries) {}

  /**
   * Delivers {@code claimed} (one business's summarised entries) and the rest of their days' due
   * entries; answers when Xero may be tried again if it failed transiently, else empty.
   */
  Optional<Instant> deliver(List<OutboxEntry> claimed, Lane lane) {
    String businessId = lane.businessId();
    BusinessCoding coding = lane.coding();
    List<OutboxEntry> all = new ArrayList<>(claimed);
    // Only entries already in a summary once the business went back to a document per sale.
    all.addAll(
        outbox.claimDueOfKinds(
            businessId,
            SUMMARISED,
            !coding.dailySummary(),
            MAX_ENTRIES,
            settings.nodeName(),
            settings.lease()));
    ZoneId zone = lane.session().zone();
    List<Group> groups = new ArrayList<>(fixedGroups(all, zone));
    groups.addAll(newGroups(all, zone));
    for (Group group : groups) {
      extendLease(all);
      Optional<Instant> back = send(group, lane);
      if (back.isPresent()) {
        return back;
      }
    }
    return Optional.empty();
  }

  /** Summaries sent before with an unknown outcome: exactly their entries again. */
  private List<Group> fixedGroups(List<OutboxEntry> all, ZoneId zone) {
    Map<String, List<OutboxEntry>> byKey =
        all.stream()
            .filter(entry -> entry.getSummaryKey() != null)
            .collect(
                Collectors.groupingBy(
                    OutboxEntry::getSummaryKey, LinkedHashMap::new, Collectors.toList()));
    List<Group> groups = new ArrayList<>();
    byKey.forEach(
        (key, members) -> {
          if (outbox.countInSummary(members.get(0).getBusinessId(), key) != members.size()) {
            // Another node holds some of them; the summary goes whole or not at all.
            Instant at = Instant.now().plus(Duration.ofSeconds(30));
            members.forEach(
                entry ->
                    recorder.record(
                        entry,
                        e -> e.waitUntil("Waiting for the rest of its daily summary", at),
                        "waiting for the rest of its daily summary"));
          } else {
            groups.add(
                new Group(members.get(0).getSourceKind(), dayOf(members.get(0), zone), members));
          }
        });
    return groups;
  }

  /**
   * The entries not yet in a summary, grouped by kind and by day in the organisation's {@code
   * zone}; those whose day is not over wait until it is (not an attempt of theirs).
   */
  private List<Group> newGroups(List<OutboxEntry> all, ZoneId zone) {
    Instant now = Instant.now();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (OutboxEntry entry : all) {
      if (entry.getSummaryKey() != null) {
        continue;
      }
      LocalDate day;
      try {
        day = dayOf(entry, zone);
      } catch (MappingException e) {
        park(entry, e.getMessage());
        continue;
      }
      Instant due = day.plusDays(1).atStartOfDay(zone).toInstant().plus(settings.summarySettle());
      if (due.isAfter(now)) {
        String reason = "In the daily summary of " + day + ", sent after the day ends";
        recorder.waitUntil(List.of(entry), reason, due);
        continue;
      }
      groups
          .computeIfAbsent(
              entry.getSourceKind() + " " + day,
              k -> new Group(entry.getSourceKind(), day, new ArrayList<>()))
          .entries()
          .add(entry);
    }
    return List.copyOf(groups.values());
  }

  private Optional<Instant> send(Group group, Lane lane) {
    DailySummary summary = new DailySummary(lane.coding());
    List<OutboxEntry> members = new ArrayList<>();
    for (OutboxEntry entry : group.entries()) {
      try {
        if (group.kind() == SourceKind.SALE) {
          summary.add(OutboxPayload.read(entry.getPayload(), SaleCompleted.class));
        } else {
          summary.add(OutboxPayload.read(entry.getPayload(), RefundIssued.class));
        }
        members.add(entry);
      } catch (MappingException e) {
        // Out of its summary, so that summary is recorded without it, and a retry regroups it.
        recorder.parked(entry, OutboxEntry::leaveSummary, e.getMessage());
      }
    }
    if (members.isEmpty()) {
      return Optional.empty();
    }
    String key = members.get(0).getSummaryKey();
    if (key == null) {
      key = newKey(group, members);
      outbox.joinSummary(members.stream().map(OutboxEntry::getId).toList(), key);
    }
    return sendToXero(group, members, summary, key, lane.session());
  }

  private Optional<Instant> sendToXero(
      Group group,
      List<OutboxEntry> members,
      DailySummary summary,
      String key,
      XeroSession session) {
    // Unless an earlier attempt may have put the summary in Xero, an entry that is parked here
    // leaves it, so a person's retry of some of them groups those afresh.
    boolean keepTogether = members.stream().anyMatch(OutboxEntry::mayBeInXero);
    Optional<Instant> held = recorder.holdForBudget(members, session);
    if (held.isPresent()) {
      return held;
    }
    String number = "Day " + group.day() + " #" + key.substring(key.length() - 8);
    Delivery.Sent sent;
    try {
      sent =
          group.kind() == SourceKind.SALE
              ? sendInvoice(session, summary, group.day(), number, key, keepTogether)
              : sendCreditNote(session, summary, group.day(), number, key, keepTogether);
    } catch (MappingException e) {
      members.forEach(
          entry ->
              recorder.parked(
                  entry,
                  x -> {
                    if (!keepTogether) {
                      x.leaveSummary();
                    }
                  },
                  e.getMessage()));
      return Optional.empty();
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordFailure(members, session, XeroErrorTranslator.translate(e));
    }
    recordSent(group, members, sent);
    return Optional.empty();
  }

  private Delivery.Sent sendInvoice(
      XeroSession session,
      DailySummary summary,
      LocalDate day,
      String number,
      String key,
      boolean lookFirst)
      throws IOException {
    Invoice invoice = summary.invoice(day, number);
    Invoice created =
        CreateOnce.create(
            session,
            lookFirst,
            s -> xero.findInvoice(s, invoice.getReference()),
            s -> xero.createInvoice(s, invoice, key));
    return InvoiceSender.sent(created, summary.total());
  }

  private Delivery.Sent sendCreditNote(
      XeroSession session,
      DailySummary summary,
      LocalDate day,
      String number,
      String key,
      boolean lookFirst)
      throws IOException {
    CreditNote note = summary.creditNote(day, number);
    CreditNote created =
        CreateOnce.create(
            session,
            lookFirst,
            s -> xero.findCreditNote(s, note.getReference()),
            s -> xero.createCreditNote(s, note, key));
    // An answer without the contact's id still means the credit note is in Xero: recorded without.
    UUID contactId = created.getContact() == null ? null : created.getContact().getContactID();
    return new Delivery.Sent(
        created.getCreditNoteID().toString(),
        created.getCreditNoteNumber(),
        contactId == null ? null : contactId.toString(),
        XeroTotalCheck.warning("Credit note", summary.total(), created.getTotal()));
  }

  private void recordSent(Group group, List<OutboxEntry> members, Delivery.Sent sent) {
    String businessId = members.get(0).getBusinessId();
    outbox.markSent(
        members.stream().map(OutboxEntry::getId).toList(),
        sent.xeroId(),
        sent.xeroNumber(),
        sent.contactId(),
        sent.note());
    outcomes.sent(businessId, members.size());
    LOG.infof(
        "Xero sync: business %s: %d %s of %s sent as %s%s",
        businessId,
        members.size(),
        group.kind() == SourceKind.SALE ? "sales" : "refunds",
        group.day(),
        sent.xeroNumber(),
        sent.note() == null ? "" : " (" + sent.note() + ")");
  }

  /**
   * Transient: every entry waits as it would alone and keeps its summary. Refused by Xero: the
   * summary is not in Xero, so its entries leave it and are parked with Xero's message; a retry
   * groups them afresh.
   */
  private Optional<Instant> recordFailure(
      List<OutboxEntry> members, XeroSession session, XeroOutcome outcome) {
    if (!(outcome instanceof XeroOutcome.Rejected)) {
      return recorder.recordFailure(members, Optional.of(session), outcome);
    }
    for (OutboxEntry entry : members) {
      recorder.record(
          entry,
          e -> {
            e.leaveSummary();
            e.park(outcome.reason());
          },
          "needs attention: " + outcome.reason());
    }
    outcomes.rejectedByXero(members.get(0).getBusinessId());
    return Optional.empty();
  }

  private void park(OutboxEntry entry, String reason) {
    recorder.parked(entry, reason);
  }

  private void extendLease(List<OutboxEntry> all) {
    outbox.extendLease(
        all.stream().map(OutboxEntry::getId).toList(), settings.nodeName(), settings.lease());
  }

  /** The day, in the organisation's zone, of the sale or refund the entry carries. */
  private static LocalDate dayOf(OutboxEntry entry, ZoneId zone) {
    Instant at =
        entry.getSourceKind() == SourceKind.SALE
            ? OutboxPayload.read(entry.getPayload(), SaleCompleted.class).completedAt()
            : OutboxPayload.read(entry.getPayload(), RefundIssued.class).issuedAt();
    if (at == null) {
      throw new MappingException(
          entry.getSourceKind() + " " + entry.getSourceNumber() + " has no date.");
    }
    return DailySummary.dayOf(at, zone);
  }

  /** Names exactly these entries' summary: its Idempotency-Key, and the end of its Reference. */
  private static String newKey(Group group, List<OutboxEntry> members) {
    String ids = members.stream().map(OutboxEntry::getId).sorted().collect(Collectors.joining(","));
    String name = group.kind() + " " + group.day() + " " + ids;
    return "summary-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
