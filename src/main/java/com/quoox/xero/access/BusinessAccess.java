package com.quoox.xero.access;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Decides whether an authenticated caller may read and change the Xero settings and sync log of a
 * business. The host (the Quoox monolith) knows which user works for which business, so it replaces
 * the module's {@link RoleBasedBusinessAccess} with its own bean:
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION) class QuooxBusinessAccess
 * implements BusinessAccess}.
 *
 * <p>The caller is the request's security context, so any authentication mechanism of the host
 * (form login, OIDC, the standalone WAR's HTTP Basic against Elytron) works unchanged.
 */
public interface BusinessAccess {

  /** Whether {@code caller}, already authenticated, may act for {@code businessId}. */
  boolean mayActFor(SecurityContext caller, String businessId);
}
