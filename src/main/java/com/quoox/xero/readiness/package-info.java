/**
 * The readiness check: before a sale is sent, whether the business's Xero organisation will take it
 * as the business means it (currency, time zone, lock dates, permissions, account and tax coding,
 * payment settings), each item OK, a warning or blocking, with the fix in plain words. Web-facing;
 * depends on {@code rest}, {@code connection}, {@code chart}, {@code coding}, {@code dispatch},
 * {@code outbox}, {@code mapping}, {@code events} and {@code xeroapi}.
 */
package com.quoox.xero.readiness;
