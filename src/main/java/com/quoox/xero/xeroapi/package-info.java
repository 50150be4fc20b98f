/**
 * The one place that talks HTTP to Xero: the identity endpoints (tokens, connections) and the
 * Accounting API through the official xero-java SDK, with MicroProfile Fault Tolerance policies,
 * and the translation of Xero's answers into outcomes the dispatcher acts on. Depends on the SDK.
 */
package com.quoox.xero.xeroapi;
