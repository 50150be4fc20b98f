package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.ValidationError;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One kind of document that goes to Xero many to a call (invoices, payments): what {@link
 * BatchDelivery} needs to know of it to send a batch, match Xero's answers to their entries and
 * look up those an earlier call may have created.
 */
interface BatchedDocuments<D> {

  /** What an entry comes to before the call: a document to send, or its outcome now. */
  sealed interface Prepared<D> {

    /** {@code document} goes in the call; {@code asSent} reads Xero's result for the sync log. */
    record ToSend<D>(D document, Function<D, Delivery.Sent> asSent) implements Prepared<D> {}

    /** Not sent in this call, on purpose (waiting for its invoice, not recorded, …). */
    record Decided<D>(Delivery delivery) implements Prepared<D> {}
  }

  /** "invoice", "payment": how the sync log names one. */
  String noun();

  /**
   * The entry's document, or what it comes to now; a {@code MappingException} parks it.
   *
   * @throws IOException when Xero could not be read for it (the whole call then waits)
   */
  Prepared<D> prepare(OutboxEntry entry, Lane lane, DocumentDating dating) throws IOException;

  /**
   * What names a document, sent or answered, within one call: Xero promises no order of results, so
   * answers are matched by this, never by position.
   */
  String matchKey(D document);

  /** Those of {@code unsure} already in Xero, by their match keys, in one call. */
  Map<String, D> findInXero(XeroSession session, List<D> unsure) throws IOException;

  /** Creates {@code documents} in one call with {@code summarizeErrors=false}. */
  List<D> create(XeroSession session, List<D> documents, String idempotencyKey) throws IOException;

  /** Xero's id of a result; null or all zeros when Xero did not create it. */
  UUID xeroId(D result);

  /** Whether Xero refused the document this result answers for. */
  boolean refused(D result);

  /** Xero's reasons for refusing it, as it gave them. */
  List<ValidationError> validationErrors(D result);
}
