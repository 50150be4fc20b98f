package com.quoox.xero.dispatch;

/** What sending one entry came to, when Xero did not fail (failures are exceptions). */
sealed interface Delivery {

  /** In Xero; {@code note} is null or a warning for the sync log. */
  record Sent(String xeroId, String xeroNumber, String contactId, String note)
      implements Delivery {}

  /**
   * Not sent yet, on purpose: something it depends on is not in Xero yet; look again at {@code at}.
   */
  record Waiting(String reason, java.time.Instant at) implements Delivery {}

  /**
   * Not sent, on purpose and for good: the business does not record this kind of money in Xero
   * (another integration does). Kept as SKIPPED, so a person can send it after switching it on.
   */
  record NotRecorded(String reason) implements Delivery {}
}
