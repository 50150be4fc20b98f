/**
 * A tiny stand-in for the Quoox monolith: it fires the same sale and refund events, in its own
 * transactions, from inside the module's deployment (as the monolith does when it embeds the
 * module). Used by the integration tests and the demo (started by {@code demo.run}); depends on no
 * test code; never shipped in the module's WAR.
 */
package com.quoox.xero.demo;
