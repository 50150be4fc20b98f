package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an entry must wait for (DESIGN §2, ordering): a credit note or a payment for its sale's
 * invoice, a refund's payment for the refund's credit note.
 */
@ApplicationScoped
class Prerequisites {

  /** How soon to look again while the document waited for is being sent. */
  private static final Duration SOON = Duration.ofSeconds(1);

  /** How often to look while it waits for a person (NEEDS_ATTENTION, SKIPPED). */
  private static final Duration LATER = Duration.ofSeconds(30);

  @Inject OutboxRepository outbox;

  /**
   * The entry the business recorded for {@code kind} {@code sourceId}; it must be there. A sale
   * sent longer ago than the outbox's retention comes from its archive: SENT, with its invoice's
   * id, number and contact, which is all a late refund or payment needs of it.
   */
  OutboxEntry find(String businessId, SourceKind kind, String sourceId, Supplier<String> missing) {
    return outbox
        .findBySource(businessId, kind, sourceId)
        .orElseThrow(() -> new MappingException(missing.get()));
  }

  /** Waiting until {@code needed} is in Xero, or empty when it is. */
  Optional<Delivery> untilSent(OutboxEntry needed, String what) {
    if (needed.getState() == OutboxState.SENT) {
      return Optional.empty();
    }
    return Optional.of(
        new Delivery.Waiting(
            "Waiting for " + what + " (" + needed.getState() + ")", whenToLookAgain(needed)));
  }

  /**
   * Right after the needed entry's own next attempt while it is on its way; now and then while it
   * is stuck.
   */
  private static Instant whenToLookAgain(OutboxEntry needed) {
    Instant now = Instant.now();
    return switch (needed.getState()) {
      case PENDING, SENDING -> now.plus(SOON);
      case RETRY_WAIT -> later(needed.getNextAttemptAt(), now).plus(SOON);
      default -> now.plus(LATER);
    };
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || a.isBefore(b) ? b : a;
  }
}
