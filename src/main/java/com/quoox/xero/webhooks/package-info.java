/**
 * What accountants do in Xero to what the module sent, heard through Xero's signed webhooks: the
 * endpoint Xero POSTs to (signature checked, events stored once, answered at once), and the
 * processing after the answer that reads the changed invoices once per batch, within the call
 * budget, and records PAID, VOIDED, DELETED or EDITED on their outbox entries. Depends on outbox,
 * connection, xeroapi and periodic; dispatch and the sync log only read what it recorded on the
 * entries.
 */
package com.quoox.xero.webhooks;
