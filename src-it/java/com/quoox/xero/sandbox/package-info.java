/**
 * A local stand-in for Xero (identity, connections and the Accounting API) that validates every API
 * request against Xero's OpenAPI contract, keeps per-tenant books, enforces Xero's rate limits and
 * idempotency, and injects faults on demand; used by the integration tests (in-JVM) and the demo
 * (standalone). Depends only on the JDK HTTP server, Jackson and the Atlassian OpenAPI validator,
 * never on the module's main code.
 */
package com.quoox.xero.sandbox;
