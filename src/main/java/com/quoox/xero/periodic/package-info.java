/**
 * The module's periodic work (the OAuth keep-alive, retention, the change poll, webhook sweeps, the
 * dispatch gauges) on the container's managed scheduler, stopped before the module's beans go away.
 * Depends on nothing of the module's own.
 */
package com.quoox.xero.periodic;
