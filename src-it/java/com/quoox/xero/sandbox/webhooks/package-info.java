/**
 * The sandbox's webhooks, as Xero sends them: a subscription (delivery URL and signing key) that
 * POSTs signed event payloads for what happened to a tenant's documents, and Xero's "intent to
 * receive" validation (correctly and wrongly signed empty payloads). Depends only on the JDK and
 * Jackson; the sandbox's books use it, never the other way round.
 */
package com.quoox.xero.sandbox.webhooks;
