package com.quoox.xero.sandbox.accounting;

import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the first answer to each Idempotency-Key of one tenant for a limited time and replays
 * it (status and body, errors included) for later requests with the same key, creating nothing new;
 * a duplicate arriving mid-flight waits for the first. The same key with a different request is
 * refused. Xero's guide is quoted only by third parties (see
 * https://developer.xero.com/documentation/guides/idempotent-requests/idempotency/ via
 * docs/xero-behaviours-research.md §6): about 6 minutes, errors replayed, 400 "Idempotency Key ...
 * is used with a different request".
 */
public final class IdempotencyCache {

  /**
   * The answer and whether it was replayed rather than produced now, or refused because the key
   * belongs to another request (then nothing was processed or replayed).
   */
  public record Answer(SandboxResponse response, boolean replayed, boolean refused) {
    public static Answer processed(SandboxResponse response) {
      return new Answer(response, false, false);
    }
  }

  /** Xero documents 128 characters as the longest key it accepts. */
  public static final int MAX_KEY_LENGTH = 128;

  /** How long Xero is reported to keep a key. */
  public static final Duration XERO_KEY_LIFETIME = Duration.ofMinutes(6);

  /**
   * What makes two requests "the same request" for one key: Xero names the URL, body and method.
   */
  public record Fingerprint(String method, String path, String query, String body) {
    static Fingerprint of(SandboxRequest request) {
      return new Fingerprint(
          request.method(),
          request.path(),
          Objects.requireNonNullElse(request.rawQuery(), ""),
          request.body());
    }
  }

  private record Entry(
      Fingerprint fingerprint, Instant storedAt, CompletableFuture<SandboxResponse> answer) {}

  private final ConcurrentHashMap<String, Entry> answers = new ConcurrentHashMap<>();
  private volatile Duration lifetime = XERO_KEY_LIFETIME;
  private volatile boolean neverReplay;

  public void keepKeysFor(Duration lifetime) {
    if (lifetime.isNegative()) {
      throw new IllegalArgumentException("a key lifetime cannot be negative: " + lifetime);
    }
    this.lifetime = lifetime;
  }

  /** Forgets every key now and from now on, so each request is processed afresh. */
  public void neverReplay() {
    neverReplay = true;
    answers.clear();
  }

  public Answer answer(String key, SandboxRequest request, Supplier<SandboxResponse> process) {
    if (neverReplay) {
      return Answer.processed(process.get());
    }
    Instant now = Instant.now();
    Duration keptFor = lifetime;
    answers.values().removeIf(entry -> expired(entry, now, keptFor));
    Fingerprint fingerprint = Fingerprint.of(request);
    Entry mine = new Entry(fingerprint, now, new CompletableFuture<>());
    Entry first = answers.putIfAbsent(key, mine);
    if (first != null) {
      if (!first.fingerprint().equals(fingerprint)) {
        return new Answer(
            XeroErrors.postDataInvalid(
                "Idempotency Key " + key + " is used with a different request."),
            false,
            true);
      }
      return new Answer(first.answer().join(), true, false);
    }
    try {
      SandboxResponse response = process.get();
      mine.answer().complete(response);
      return Answer.processed(response);
    } catch (RuntimeException e) {
      // Nothing was stored, so a retry with the same key must be processed afresh.
      answers.remove(key, mine);
      mine.answer().completeExceptionally(e);
      throw e;
    }
  }

  /** A key still being processed is never expired: its duplicates wait for it. */
  private static boolean expired(Entry entry, Instant now, Duration keptFor) {
    return entry.answer().isDone() && !now.isBefore(entry.storedAt().plus(keptFor));
  }
}
