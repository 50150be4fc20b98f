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

  /**
   * Xero refused the access token (401): expired early, so fetch a new one and try again; refused
   * again with a fresh one, it lacks a scope the call needs.
   */
  record TokenRefused(String reason) implements XeroOutcome {}

  /**
   * Xero refused access to the organisation (403): it was disconnected from the app, or the app
   * removed, in Xero. Only the user can reconnect; nothing should be parked one by one for it.
   */
  record AccessRevoked(String reason) implements XeroOutcome {}

  String reason();
}
