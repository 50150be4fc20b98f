package com.quoox.xero.sandbox.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook the app registered at Xero's developer portal, if any: every tenant connected to the
 * app reports its changes to the same delivery URL, signed with the same key, as on Xero.
 */
public final class AppWebhook {

  private final String apiBaseUrl;
  private volatile WebhookSubscription subscription;

  public AppWebhook(String apiBaseUrl) {
    this.apiBaseUrl = apiBaseUrl;
  }

  public WebhookSubscription subscribe(URI deliveryUrl, String webhookKey) {
    subscription = new WebhookSubscription(deliveryUrl, webhookKey);
    return subscription;
  }

  public Optional<WebhookSubscription> subscription() {
    return Optional.ofNullable(subscription);
  }

  /** Tells the app an invoice changed, when it subscribed; answers the delivery. */
  public Optional<WebhookSubscription.Delivery> invoiceUpdated(String tenantId, String invoiceId) {
    WebhookSubscription current = subscription;
    if (current == null) {
      return Optional.empty();
    }
    WebhookEvent event =
        WebhookEvent.invoiceUpdated(apiBaseUrl, tenantId, invoiceId, Instant.now());
    return Optional.of(current.deliver(List.of(event)));
  }

  public WebhookEvent invoiceEvent(String tenantId, String invoiceId, Instant at) {
    return WebhookEvent.invoiceUpdated(apiBaseUrl, tenantId, invoiceId, at);
  }
}
