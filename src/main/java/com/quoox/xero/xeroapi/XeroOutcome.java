package com.quoox.xero.xeroapi;

import java.time.Duration;

/** What came of asking Xero to do something, in the terms the dispatcher acts on. */
public sealed interface XeroOutcome {

  /**
   * Try again later: Xero was down, slow, or asked us to slow down.
   *
   * @param after how long Xero asked us to wait (429's Retry-After), or null when it said nothing
   */
  record RetryLater(Duration after, String reason) implements XeroOutcome {

    /** Xero answered and named the wait (a rate limit): not a sign that it is failing. */
    public boolean askedToWait() {
      return after != null;
    }
  }

  /** Xero said no for a reason a person must fix (a mapping, the data, the connection). */
  record Rejected(String reason) implements XeroOutcome {}

  /** Xero no longer accepts the access token: fetch a new one, then try again. */
  record TokenRefused(String reason) implements XeroOutcome {}

  String reason();
}
