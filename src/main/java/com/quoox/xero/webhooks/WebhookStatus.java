package com.quoox.xero.webhooks;

import java.util.Map;

/**
 * Whether Xero's webhooks arrive: the URL to register at Xero's developer portal, whether the key
 * is set, when the last event came, and how many events were processed, wait, or were ignored (by
 * why: an organisation no business is connected to, a document Quoox did not send).
 */
public record WebhookStatus(
    String webhookUrl,
    boolean keyConfigured,
    String lastEventAt,
    long processed,
    long waiting,
    long ignored,
    Map<String, Long> ignoredBecause) {}
