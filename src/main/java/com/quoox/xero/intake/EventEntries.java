package com.quoox.xero.intake;

import static com.quoox.xero.outbox.OutboxEntry.BUSINESS_ID_LENGTH;
import static com.quoox.xero.outbox.OutboxEntry.SOURCE_ID_LENGTH;
import static com.quoox.xero.outbox.OutboxEntry.SOURCE_NUMBER_LENGTH;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.SourceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The outbox entries an event becomes: keyed so the same event is recorded once, related to what it
 * waits for, and parked at once with every reason when it is invalid, so nothing the monolith sent
 * is lost and nothing that cannot be stored fails the sale. Pure: no database, no CDI.
 */
final class EventEntries {

  private EventEntries() {}

  /** A sale, and each payment taken with it as a payment of its own. */
  static List<OutboxEntry> of(SaleCompleted sale) {
    List<OutboxEntry> entries = new ArrayList<>();
    entries.add(
        entry(
            SourceKind.SALE,
            sale.businessId(),
            sale.saleId(),
            sale.saleNumber(),
            OutboxPayload.write(sale),
            EventValidation.problemsOf(sale),
            e -> {}));
    for (PaymentReceived payment : TillPayments.of(sale)) {
      entries.add(of(payment));
    }
    return entries;
  }

  static OutboxEntry of(RefundIssued refund) {
    return entry(
        SourceKind.REFUND,
        refund.businessId(),
        refund.refundId(),
        refund.refundNumber(),
        OutboxPayload.write(refund),
        EventValidation.problemsOf(refund),
        e -> e.refunding(clip(refund.saleId(), SOURCE_ID_LENGTH)));
  }

  /**
   * Keyed by the provider's payment id where there is one, so a payment that arrives both inside
   * its sale and as its own event is recorded once.
   */
  static OutboxEntry of(PaymentReceived payment) {
    String id =
        payment.providerPaymentId() != null
            ? key(payment.provider() + ":", payment.providerPaymentId())
            : key("payment:", payment.paymentId());
    return entry(
        SourceKind.PAYMENT,
        payment.businessId(),
        id,
        payment.providerPaymentId() != null ? payment.providerPaymentId() : payment.paymentId(),
        OutboxPayload.write(payment),
        EventValidation.problemsOf(payment),
        e ->
            e.movingMoney(
                payment.provider(),
                cents(payment.amount()),
                clip(payment.saleId(), SOURCE_ID_LENGTH)));
  }

  static OutboxEntry of(RefundPaid paid) {
    String id =
        paid.providerRefundId() != null
            ? key(paid.provider() + ":", paid.providerRefundId())
            : key("refund-payment:", paid.refundPaymentId());
    return entry(
        SourceKind.REFUND_PAYMENT,
        paid.businessId(),
        id,
        paid.providerRefundId() != null ? paid.providerRefundId() : paid.refundPaymentId(),
        OutboxPayload.write(paid),
        EventValidation.problemsOf(paid),
        e ->
            e.movingMoney(
                paid.provider(),
                negate(cents(paid.amount())),
                clip(paid.refundId(), SOURCE_ID_LENGTH)));
  }

  /** The payout's fees and net both leave the clearing account: its gross in all. */
  static OutboxEntry of(PayoutPaid payout) {
    return entry(
        SourceKind.PAYOUT,
        payout.businessId(),
        key(payout.provider() + ":", payout.payoutId()),
        payout.payoutId(),
        OutboxPayload.write(payout),
        EventValidation.problemsOf(payout),
        e -> e.movingMoney(payout.provider(), negate(cents(payout.gross())), null));
  }

  /** The entry for an event, parked at once with every reason if the event is invalid. */
  private static OutboxEntry entry(
      SourceKind kind,
      String businessId,
      String sourceId,
      String number,
      String payload,
      List<String> validationProblems,
      Consumer<OutboxEntry> relate) {
    List<String> problems = new ArrayList<>(validationProblems);
    if (isBlank(businessId) || isBlank(sourceId)) {
      // Without its keys the event cannot be de-duplicated; keep it anyway under a made-up id.
      businessId = isBlank(businessId) ? "(missing)" : businessId;
      sourceId = "(missing)-" + UUID.randomUUID();
    }
    if (sourceId.length() > SOURCE_ID_LENGTH) {
      // A key made of a prefix and an id the monolith chose can outgrow the column on its own.
      problems.add(
          "its key "
              + sourceId.substring(0, 40)
              + "… is "
              + sourceId.length()
              + " characters; at most "
              + SOURCE_ID_LENGTH
              + " fit");
    }
    if (payload.length() > OutboxEntry.MAX_PAYLOAD_LENGTH) {
      // Absurdly large for a sale (and over Xero's request size): kept, cut, for a person to see.
      problems.add(
          "the event is "
              + payload.length()
              + " characters of JSON; only the first "
              + OutboxEntry.MAX_PAYLOAD_LENGTH
              + " are kept");
      payload = payload.substring(0, OutboxEntry.MAX_PAYLOAD_LENGTH);
    }
    // The number is only shown in the sync log: cut rather than refuse.
    String shownNumber = clip(number, SOURCE_NUMBER_LENGTH);
    OutboxEntry entry =
        problems.isEmpty()
            ? OutboxEntry.pending(kind, businessId, sourceId, shownNumber, payload)
            : OutboxEntry.parked(
                kind,
                clip(businessId, BUSINESS_ID_LENGTH),
                clip(sourceId, SOURCE_ID_LENGTH),
                shownNumber,
                payload,
                "Invalid event: " + String.join("; ", problems));
    relate.accept(entry);
    return entry;
  }

  /**
   * A key of a prefix and an id, or none when the id is missing: "payment:null" would make every
   * payment without an id the same event, and all but the first would be dropped as repeats.
   */
  private static String key(String prefix, String id) {
    return isBlank(id) ? null : prefix + id;
  }

  /** An amount as the clearing account holds it; a wrong scale parks the entry anyway. */
  private static BigDecimal cents(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal negate(BigDecimal amount) {
    return amount == null ? null : amount.negate();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Keeps an over-long id storable; the entry is parked anyway because validation named it. */
  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
