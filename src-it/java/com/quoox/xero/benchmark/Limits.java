package com.quoox.xero.benchmark;

/**
 * Xero's limits the benchmark judges against
 * (https://developer.xero.com/documentation/guides/oauth2/limits/).
 */
final class Limits {

  /** Calls a minute per organisation. */
  static final int CALLS_PER_MINUTE = 60;

  /** One organisation's ceiling: 60 calls a minute of up to 50 invoices each. */
  static final int INVOICES_PER_MINUTE = CALLS_PER_MINUTE * 50;

  /** Calls at once per organisation. */
  static final int CONCURRENT = 5;

  /** Calls a minute for one app across all its organisations. */
  static final int APP_CALLS_PER_MINUTE = 10_000;

  private Limits() {}
}
