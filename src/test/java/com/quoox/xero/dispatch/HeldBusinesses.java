package com.quoox.xero.dispatch;

import java.time.Instant;

/** Dispatch rows as the database holds them after Xero said an organisation's calls are spent. */
final class HeldBusinesses {

  private HeldBusinesses() {}

  /** The row {@code BusinessDispatch.holdCalls} leaves: only that update sets the column. */
  static BusinessDispatch outOfCallsUntil(String businessId, Instant until) {
    BusinessDispatch dispatch = new BusinessDispatch(businessId);
    try {
      var field = BusinessDispatch.class.getDeclaredField("callsHeldUntil");
      field.setAccessible(true);
      field.set(dispatch, until);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return dispatch;
  }
}
