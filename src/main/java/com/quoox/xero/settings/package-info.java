/**
 * The JAX-RS face of the Xero settings screen: the connection, the account and tax mappings, and
 * RFC 9457 problem answers. Resources are thin; DTO records carry validation written for people.
 * Depends on {@code connection}, {@code mapping} and {@code outbox}.
 */
package com.quoox.xero.settings;
