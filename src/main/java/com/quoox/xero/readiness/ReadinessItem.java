package com.quoox.xero.readiness;

/**
 * One thing the readiness check looked at: whether it is fine, worth a look, or stops sales from
 * reaching Xero correctly, and the fix in plain words.
 *
 * @param topic what was checked, e.g. "scopes" or "categories[coffee].accountCode"
 * @param title what the owner sees first
 * @param fix what to do about it (empty when nothing)
 */
public record ReadinessItem(String topic, Level level, String title, String fix) {

  /** How much an item matters. */
  public enum Level {
    OK,
    WARNING,
    BLOCKING
  }

  static ReadinessItem ok(String topic, String title) {
    return new ReadinessItem(topic, Level.OK, title, "");
  }

  static ReadinessItem warning(String topic, String title, String fix) {
    return new ReadinessItem(topic, Level.WARNING, title, fix);
  }

  static ReadinessItem blocking(String topic, String title, String fix) {
    return new ReadinessItem(topic, Level.BLOCKING, title, fix);
  }
}
