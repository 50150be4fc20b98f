package com.quoox.xero.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nonces seen per consumer key and timestamp (RFC 5849 §3.3), so a captured request cannot be
 * replayed. Entries older than the timestamp window are forgotten: their timestamp is refused
 * anyway.
 */
public final class NonceLedger {

  private final Duration window;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  public NonceLedger(Duration window) {
    this.window = window;
  }

  /** True the first time this nonce comes with this key and timestamp; false on a replay. */
  public boolean firstUse(String consumerKey, long timestamp, String nonce) {
    Instant now = Instant.now();
    seen.values().removeIf(at -> at.isBefore(now.minus(window.multipliedBy(2))));
    return seen.putIfAbsent(consumerKey + '\n' + timestamp + '\n' + nonce, now) == null;
  }
}
