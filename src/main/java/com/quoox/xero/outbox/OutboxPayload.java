package com.quoox.xero.outbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Turns events into the JSON an outbox entry keeps and back. JSON-B keeps BigDecimal amounts as
 * written (scale included), so the dispatcher maps exactly what the sale said.
 */
public final class OutboxPayload {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private OutboxPayload() {}

  public static String write(Object event) {
    return JSONB.toJson(event);
  }

  public static <T> T read(String payload, Class<T> type) {
    return JSONB.fromJson(payload, type);
  }
}
