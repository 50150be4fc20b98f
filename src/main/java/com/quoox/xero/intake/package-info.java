/**
 * Receives the monolith's sale and refund events inside their own transaction and records each as
 * one outbox row, and back-fills past ones from the host's {@code SalesHistory} the same way. Never
 * calls Xero and never throws into the sale. Depends on {@code events} and {@code outbox}.
 */
package com.quoox.xero.intake;
