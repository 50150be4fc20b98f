/**
 * A local stand-in for Xero (identity with Custom Connections, "Connect to Xero" OAuth 2.0 with
 * PKCE and rotating refresh tokens, legacy OAuth 1.0a private apps; connections; the Accounting
 * API) that validates every API request against Xero's OpenAPI contract, keeps per-tenant books,
 * enforces Xero's rate limits and idempotency, and injects faults on demand; used by the
 * integration tests (in-JVM) and the demo (standalone). This package is its composition root: the
 * server, each tenant (the hub every area's endpoints act on) and the gate and routes of the
 * Accounting API; the areas are sub-packages ({@code identity}, {@code accounting}, {@code
 * banking}, {@code webhooks}, {@code console}, {@code faults}, {@code http}), each with its tests
 * beside it. Depends only on the JDK HTTP server, Jackson and the Atlassian OpenAPI validator,
 * never on the module's main code.
 */
package com.quoox.xero.sandbox;
