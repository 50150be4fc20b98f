/**
 * The JAX-RS face of the Xero settings screen: the business, its connection (custom connection,
 * OAuth 2.0, legacy private app), its account and tax mappings, the chart choices and where sync
 * starts, and the audit trail's answer. Resources are thin; DTO records carry validation written
 * for people; each change is recorded in {@code audit}. Depends on {@code rest}, {@code access},
 * {@code audit}, {@code connection}, {@code coding}, {@code chart}, {@code dispatch}, {@code
 * outbox}, {@code mapping}, {@code events} and {@code xeroapi}.
 */
package com.quoox.xero.settings;
