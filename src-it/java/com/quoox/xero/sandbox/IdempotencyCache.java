package com.quoox.xero.sandbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the first answer to each Idempotency-Key of one tenant and replays it (status and body)
 * for later requests with the same key, creating nothing new; a duplicate arriving mid-flight waits
 * for the first.
 */
final class IdempotencyCache {

  /** The answer and whether it was replayed rather than produced now. */
  record Answer(SandboxResponse response, boolean replayed) {}

  /** Xero documents 128 characters as the longest key it accepts. */
  static final int MAX_KEY_LENGTH = 128;

  private final ConcurrentHashMap<String, CompletableFuture<SandboxResponse>> answers =
      new ConcurrentHashMap<>();

  Answer answer(String key, Supplier<SandboxResponse> process) {
    CompletableFuture<SandboxResponse> mine = new CompletableFuture<>();
    CompletableFuture<SandboxResponse> first = answers.putIfAbsent(key, mine);
    if (first != null) {
      return new Answer(first.join(), true);
    }
    try {
      SandboxResponse response = process.get();
      mine.complete(response);
      return new Answer(response, false);
    } catch (RuntimeException e) {
      // Nothing was stored, so a retry with the same key must be processed afresh.
      answers.remove(key);
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
