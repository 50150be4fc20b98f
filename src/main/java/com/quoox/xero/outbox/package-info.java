/**
 * The durable queue between a sale and Xero: one {@link com.quoox.xero.outbox.OutboxEntry} per sale
 * or refund, written in the sale's own transaction and moved through its states by the dispatcher;
 * after the retention period a SENT entry leaves for a narrow archive that still answers for it.
 * Depends on the events contract, and on {@code periodic} for its retention runs.
 */
package com.quoox.xero.outbox;
