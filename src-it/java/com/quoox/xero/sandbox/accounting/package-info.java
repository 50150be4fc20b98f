/**
 * One organisation's books and Xero's rules for them: the chart of accounts and tax rates,
 * contacts, invoices and credit notes with Xero's line arithmetic and messages, its {@code where}
 * filter, batch creates, idempotency keys, the organisation's dates and lock dates, and the check
 * of every request against Xero's OpenAPI contract. Its tests drive it with the xero-java SDK.
 * Depends on {@code http}, {@code faults} and the tenant.
 */
package com.quoox.xero.sandbox.accounting;
