package com.quoox.xero.sandbox.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a bearer token may act for: a Custom Connection's one organisation, or the organisations a
 * user picked when authorising an OAuth 2.0 app ({@link UserGrant}). Access is checked against the
 * live list, so a deleted connection or a revoked grant stops a token that has not expired yet.
 */
public interface Authorisation {

  public List<TenantConnection> connections();

  /** The scopes granted: Xero checks every call against them. */
  public Set<String> scopes();

  /**
   * A Custom Connection's token names its organisation, so its calls need no xero-tenant-id (DESIGN
   * §4); a user's token does not.
   */
  public boolean impliesTenant();

  /** Removes the connection ({@code DELETE /connections/{id}}); false when there is none. */
  public boolean disconnect(UUID connectionId);

  default Optional<TenantConnection> connectionTo(UUID tenantId) {
    return connections().stream().filter(c -> c.tenantId().equals(tenantId)).findFirst();
  }
}
