/**
 * Moves outbox entries to Xero: a managed scheduled executor claims due entries, maps them, sends
 * them through {@code xeroapi} and records each outcome on the entry. Orchestrates {@code outbox},
 * {@code connection}, {@code coding}, {@code chart}, {@code mapping}, {@code events} and {@code
 * xeroapi}; imports no web-facing package.
 */
package com.quoox.xero.dispatch;
