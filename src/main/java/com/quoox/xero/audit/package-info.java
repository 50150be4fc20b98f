/**
 * The audit trail: who changed a business's Xero settings or acted on its sending, when, and what
 * changed in plain words ("Sales account 200 → 210"), stored per business. Summaries never hold a
 * secret: a connection is named by its organisation and the last characters of its client id at
 * most. Web-facing resources record through {@link com.quoox.xero.audit.AuditTrail}. Depends on JPA
 * and the JDK only.
 */
package com.quoox.xero.audit;
