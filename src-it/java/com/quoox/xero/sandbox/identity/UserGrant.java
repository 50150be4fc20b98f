package com.quoox.xero.sandbox.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One "Connect to Xero" consent: a user let one OAuth 2.0 app act for the organisations they
 * picked. Every refresh token rotated from the first one belongs to it (a token family), so
 * refreshes are counted and revocation ends it whole, as Xero removes the app's connections when a
 * token is revoked.
 */
public final class UserGrant implements Authorisation {

  private final String clientId;
  private final String scope;
  private final UUID authEventId = UUID.randomUUID();
  private final List<TenantConnection> connections = new CopyOnWriteArrayList<>();
  private final AtomicLong refreshes = new AtomicLong();
  private volatile boolean revoked;

  /**
   * @param existing the user's connection to an organisation through this app, if it has one: a new
   *     consent to the same organisation shares it, as Xero keeps one per user and app
   */
  public UserGrant(
      String clientId,
      String scope,
      List<UUID> tenantIds,
      Function<UUID, Optional<TenantConnection>> existing) {
    this.clientId = clientId;
    this.scope = scope;
    tenantIds.forEach(
        tenantId ->
            connections.add(
                existing
                    .apply(tenantId)
                    .orElseGet(() -> TenantConnection.to(tenantId, authEventId))));
  }

  public String clientId() {
    return clientId;
  }

  public String scope() {
    return scope;
  }

  @Override
  public Set<String> scopes() {
    return Scopes.parse(scope);
  }

  /** Xero gives a refresh token only when the app asked for offline access. */
  public boolean offline() {
    return List.of(scope.split(" ")).contains("offline_access");
  }

  @Override
  public List<TenantConnection> connections() {
    return List.copyOf(connections);
  }

  @Override
  public boolean impliesTenant() {
    return false;
  }

  @Override
  public boolean disconnect(UUID connectionId) {
    return connections.removeIf(c -> c.id().equals(connectionId));
  }

  public void countRefresh() {
    refreshes.incrementAndGet();
  }

  public long refreshes() {
    return refreshes.get();
  }

  public void revoke() {
    revoked = true;
    connections.clear();
  }

  /** The user's connections to the app were removed (one of its tokens was revoked). */
  public void disconnectAll() {
    connections.clear();
  }

  public boolean revoked() {
    return revoked;
  }
}
