package com.quoox.xero.webhooks;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a webhook payload as Xero sent it: which resource of which organisation changed, how
 * and when. Xero's events carry no id of their own, so {@link #key} names one by all of these.
 */
record ReceivedEvent(
    String tenantId, String category, String resourceId, String type, String eventDateUtc) {

  /** The events of a payload; none for Xero's intent-to-receive requests or a body not JSON. */
  static List<ReceivedEvent> parse(byte[] body) {
    JsonObject payload;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      payload = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return List.of();
    }
    List<ReceivedEvent> events = new ArrayList<>();
    for (JsonValue value :
        payload.getJsonArray("events") == null
            ? List.<JsonValue>of()
            : payload.getJsonArray("events")) {
      if (value instanceof JsonObject event) {
        events.add(
            new ReceivedEvent(
                event.getString("tenantId", ""),
                event.getString("eventCategory", ""),
                event.getString("resourceId", ""),
                event.getString("eventType", ""),
                event.getString("eventDateUtc", "")));
      }
    }
    return events;
  }

  /** Two deliveries of the same change (Xero's retry, a replay) have the same key. */
  String key() {
    return String.join("|", tenantId, category, resourceId, type, eventDateUtc);
  }

  /** Xero writes the time in UTC without an offset; null when it cannot be read. */
  Instant eventDate() {
    try {
      return LocalDateTime.parse(eventDateUtc).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(eventDateUtc);
      } catch (DateTimeParseException notInstant) {
        return null;
      }
    }
  }
}
