/**
 * Moves outbox entries to Xero: rounds on the module's own thread claim due entries, and lanes map
 * them, send them through {@code xeroapi} and record each outcome on the entry. Orchestrates {@code
 * outbox}, {@code connection}, {@code coding}, {@code chart}, {@code mapping}, {@code events},
 * {@code periodic} (its gauges) and {@code xeroapi}; imports no web-facing package.
 */
package com.quoox.xero.dispatch;
