package com.quoox.xero.sandbox.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One organisation an app may act for, as {@code GET /connections} lists it: the connection id is
 * what {@code DELETE /connections/{id}} takes, the auth event groups the organisations a user
 * authorised at the same time.
 */
public record TenantConnection(UUID id, UUID tenantId, UUID authEventId, Instant createdAt) {

  public static TenantConnection to(UUID tenantId, UUID authEventId) {
    return new TenantConnection(UUID.randomUUID(), tenantId, authEventId, Instant.now());
  }
}
