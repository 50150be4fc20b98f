/**
 * Moves outbox entries to Xero: a managed scheduled executor claims due entries, maps them, sends
 * them through {@code xeroapi} and records each outcome on the entry. Orchestrates {@code outbox},
 * {@code connection}, {@code mapping}, {@code settings} and {@code xeroapi}.
 */
package com.quoox.xero.dispatch;
