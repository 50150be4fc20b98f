package com.quoox.xero.sandbox;

import com.quoox.xero.sandbox.webhooks.WebhookEvent;
import com.quoox.xero.sandbox.webhooks.WebhookSubscription;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook the app registered at Xero's developer portal, if any: every tenant connected to the
 * app reports its changes to the same delivery URL, signed with the same key, as on Xero.
 */
final class AppWebhook {

  private final String apiBaseUrl;
  private volatile WebhookSubscription subscription;

  AppWebhook(String apiBaseUrl) {
    this.apiBaseUrl = apiBaseUrl;
  }

  WebhookSubscription subscribe(URI deliveryUrl, String webhookKey) {
    subscription = new WebhookSubscription(deliveryUrl, webhookKey);
    return subscription;
  }

  Optional<WebhookSubscription> subscription() {
    return Optional.ofNullable(subscription);
  }

  /** Tells the app an invoice changed, when it subscribed; answers the delivery. */
  Optional<WebhookSubscription.Delivery> invoiceUpdated(String tenantId, String invoiceId) {
    WebhookSubscription current = subscription;
    if (current == null) {
      return Optional.empty();
    }
    WebhookEvent event =
        WebhookEvent.invoiceUpdated(apiBaseUrl, tenantId, invoiceId, Instant.now());
    return Optional.of(current.deliver(List.of(event)));
  }

  WebhookEvent invoiceEvent(String tenantId, String invoiceId, Instant at) {
    return WebhookEvent.invoiceUpdated(apiBaseUrl, tenantId, invoiceId, at);
  }
}
