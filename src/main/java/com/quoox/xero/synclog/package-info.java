/**
 * What happened to each sale and refund on its way to Xero, for the settings screen: the sync log
 * and the retry of entries a person has fixed. Depends on {@code outbox} and {@code dispatch}.
 */
package com.quoox.xero.synclog;
