/**
 * Xero's identity as the sandbox models it: Custom Connections (client credentials), "Connect to
 * Xero" (authorize, PKCE, code exchange, rotating refresh tokens, revocation, {@code
 * /connections}), granular scopes, and legacy OAuth 1.0a private apps. Its tests drive it over raw
 * HTTP. Depends on {@code http} and on the tenant it admits calls for.
 */
package com.quoox.xero.sandbox.identity;
