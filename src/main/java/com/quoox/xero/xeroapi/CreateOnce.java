package com.quoox.xero.xeroapi;

import java.io.IOException;
import java.util.Optional;

/**
 * Creates a document in Xero exactly once, whatever Xero remembers of idempotency keys (how long it
 * keeps one is not documented): when an earlier attempt may have created the document (its outcome
 * was unknown: a timeout, a 5xx, a lost answer), the document is looked up first, by its Reference,
 * and the one found is the answer, whatever its total; only when none is found, or no earlier
 * attempt may have made one, is it created. Every sender creates through this one rule.
 */
public final class CreateOnce {

  /** One call to Xero's Accounting API in a business's session. */
  @FunctionalInterface
  public interface Call<T> {
    T in(XeroSession session) throws IOException;
  }

  private CreateOnce() {}

  /**
   * The document an earlier attempt created, if {@code mayExist} and {@code lookUp} finds it; else
   * the one {@code create} makes now.
   */
  public static <T> T create(
      XeroSession session, boolean mayExist, Call<Optional<T>> lookUp, Call<T> create)
      throws IOException {
    if (mayExist) {
      Optional<T> found = lookUp.in(session);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return create.in(session);
  }
}
