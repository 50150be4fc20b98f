/**
 * What happened to each sale and refund on its way to Xero, for the settings screen: the sync log
 * with links into Xero, the retry of entries a person has fixed, and the back-fill of past sales.
 * Depends on {@code rest}, {@code audit}, {@code outbox}, {@code intake} and {@code dispatch}.
 */
package com.quoox.xero.synclog;
