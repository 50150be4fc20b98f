package com.quoox.xero.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The module's own answer, for the standalone WAR and hosts without a finer rule: a caller may act
 * for business {@code b} when they have the role {@code quoox-xero-business-b}, or for every
 * business with {@code quoox-xero-all-businesses} (operators). Roles come from the security domain,
 * e.g. groups of Elytron's ApplicationRealm.
 */
@ApplicationScoped
public class RoleBasedBusinessAccess implements BusinessAccess {

  public static final String ALL_BUSINESSES_ROLE = "quoox-xero-all-businesses";
  static final String BUSINESS_ROLE_PREFIX = "quoox-xero-business-";

  @Override
  public boolean mayActFor(SecurityContext caller, String businessId) {
    return caller.isUserInRole(ALL_BUSINESSES_ROLE)
        || caller.isUserInRole(BUSINESS_ROLE_PREFIX + businessId);
  }
}
