/**
 * The REST plumbing every web-facing resource shares: the JAX-RS application, the
 * {@code @BusinessId} path rule, RFC 9457 problem answers and their exception mappers, and the
 * calendar day parameter. Holds no capability of its own. Depends on {@code connection} (its "not
 * usable" exception maps to a problem answer).
 */
package com.quoox.xero.rest;
