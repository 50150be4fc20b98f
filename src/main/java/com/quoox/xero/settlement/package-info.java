/**
 * Payments, fees and payouts on the settings screen: the API for where each payment provider's
 * money goes in Xero (stored in {@code coding}) and the reconciliation view comparing the clearing
 * balances Quoox expects with Xero's. Web-facing; depends on {@code rest}, {@code settings} (the
 * chart check before saving), {@code audit}, {@code coding}, {@code chart}, {@code connection},
 * {@code dispatch}, {@code outbox}, {@code mapping}, {@code events} and {@code xeroapi}.
 */
package com.quoox.xero.settlement;
