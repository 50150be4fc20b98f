package com.quoox.xero.sandbox.http;

import java.time.Instant;

/**
 * One API call as the sandbox saw and answered it, for tests that assert what the module sent.
 *
 * @param idempotencyKey the {@code Idempotency-Key} header, or null when absent
 */
public record LoggedRequest(
    Instant at, String method, String path, String query, String idempotencyKey, int status) {}
