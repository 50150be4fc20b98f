/**
 * How a business is connected to Xero: the stored connection with its secrets encrypted, verifying
 * and testing a new connection, and the access tokens calls to Xero need. The first mode is the
 * Xero Custom Connection (client credentials); OAuth 2.0 and the legacy private app follow. Depends
 * on {@code xeroapi}, and on {@code periodic} for the OAuth 2.0 keep-alive.
 */
package com.quoox.xero.connection;
