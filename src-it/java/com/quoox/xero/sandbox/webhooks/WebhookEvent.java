package com.quoox.xero.sandbox.webhooks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One event of a webhook payload, with the fields of Xero's {@code WebhookEvent} schema ({@code
 * xero-webhooks.yaml}): which resource of which tenant changed, how and when. Xero sends no data of
 * the resource itself; the receiver fetches it by {@code resourceUrl}.
 */
public record WebhookEvent(
    String resourceUrl,
    String resourceId,
    Instant eventDateUtc,
    String eventType,
    String eventCategory,
    String tenantId,
    String tenantType) {

  /** Xero writes the event time in UTC without an offset, to the millisecond. */
  private static final DateTimeFormatter XERO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** An UPDATE of an invoice of an organisation, at {@code at}. */
  public static WebhookEvent invoiceUpdated(
      String apiBaseUrl, String tenantId, String invoiceId, Instant at) {
    return new WebhookEvent(
        apiBaseUrl + "/Invoices/" + invoiceId,
        invoiceId,
        at.truncatedTo(ChronoUnit.MILLIS),
        "UPDATE",
        "INVOICE",
        tenantId,
        "ORGANISATION");
  }

  public String eventDateText() {
    return XERO_TIME.format(eventDateUtc);
  }
}
