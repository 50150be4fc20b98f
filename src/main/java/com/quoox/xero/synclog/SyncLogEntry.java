package com.quoox.xero.synclog;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.outbox.XeroChange;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the sync log: an outbox entry as a person reads it.
 *
 * @param amount the money the entry moves (a sale's total charged, a refund's amount, a payment's
 *     or payout's amount), or null when its payload does not say
 * @param currency ISO 4217 code of {@code amount}, when the payload names it
 * @param inXero what an accountant did to the document in Xero, heard through Xero's webhooks:
 *     PAID, VOIDED, DELETED or EDITED; null when nothing was heard
 * @param inXeroAmount PAID: the amount paid; EDITED: the document's total in Xero now
 * @param choices what a person may do about it: {@code send-again} and {@code leave} for a document
 *     VOIDED or DELETED in Xero that nobody chose to leave yet
 * @param sentAgain how many times the sale was sent again as a new document (Reference {@code …/2},
 *     {@code …/3})
 */
public record SyncLogEntry(
    String id,
    SourceKind kind,
    String sourceId,
    String number,
    OutboxState status,
    int attempts,
    String lastError,
    String xeroId,
    String xeroNumber,
    String xeroUrl,
    String createdAt,
    String updatedAt,
    String nextAttemptAt,
    BigDecimal amount,
    String currency,
    XeroChange inXero,
    BigDecimal inXeroAmount,
    String inXeroAt,
    List<String> choices,
    int sentAgain) {

  static SyncLogEntry of(OutboxEntry entry, XeroLinks links) {
    JsonObject payload = payloadOf(entry.getPayload());
    return new SyncLogEntry(
        entry.getId(),
        entry.getSourceKind(),
        entry.getSourceId(),
        entry.getSourceNumber(),
        entry.getState(),
        entry.getAttempts(),
        entry.getLastError(),
        entry.getXeroDocumentId(),
        entry.getXeroDocumentNumber(),
        links.of(entry.getSourceKind(), entry.getXeroDocumentId()),
        entry.getCreatedAt().toString(),
        entry.getUpdatedAt().toString(),
        entry.getNextAttemptAt() == null ? null : entry.getNextAttemptAt().toString(),
        amountOf(entry.getSourceKind(), entry.getClearingAmount(), payload),
        text(payload, "currency"),
        entry.getXeroChange(),
        entry.getXeroChangeAmount(),
        entry.getXeroChangeAt() == null ? null : entry.getXeroChangeAt().toString(),
        choicesOf(entry),
        entry.getSentAgain());
  }

  /** A document voided or deleted in Xero waits for a person to send it again or leave it. */
  static List<String> choicesOf(OutboxEntry entry) {
    boolean open =
        entry.getXeroChange() != null
            && entry.getXeroChange().removedFromBooks()
            && !entry.xeroChangeLeft()
            && entry.getSourceKind() == SourceKind.SALE;
    return open ? List.of(SEND_AGAIN, LEAVE) : List.of();
  }

  static final String SEND_AGAIN = "send-again";
  static final String LEAVE = "leave";

  /** Money movements carry their amount on the entry; sales and refunds only in their event. */
  static BigDecimal amountOf(SourceKind kind, BigDecimal clearingAmount, JsonObject payload) {
    if (clearingAmount != null) {
      return clearingAmount;
    }
    return switch (kind) {
      case SALE -> number(payload, "totalCharged");
      case REFUND -> number(payload, "amount");
      case PAYOUT -> number(payload, "net");
      case PAYMENT, REFUND_PAYMENT -> number(payload, "amount");
    };
  }

  /** The event an entry keeps; an empty object when it cannot be read (the log still shows). */
  static JsonObject payloadOf(String payload) {
    if (payload == null || payload.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    } catch (JsonException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static BigDecimal number(JsonObject payload, String name) {
    JsonValue value = payload.get(name);
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (value instanceof JsonString s) {
      try {
        return new BigDecimal(s.getString());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(JsonObject payload, String name) {
    return payload.get(name) instanceof JsonString s ? s.getString() : null;
  }
}
