package com.quoox.xero.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects what changed as "label old → new" phrases and joins them into one summary, so every
 * resource words its changes alike. Values must be ones a person may see (codes, names, days):
 * never pass a secret.
 */
public final class ChangeSummary {

  /** How a value that was not set reads. */
  static final String NONE = "none";

  private final List<String> changes = new ArrayList<>();

  /** Notes {@code label before → after} when the two differ. */
  public ChangeSummary field(String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(label + " " + shown(before) + " → " + shown(after));
    }
    return this;
  }

  /** Notes a change worded by the caller, e.g. "Category tea added: 200 / OUTPUT2". */
  public ChangeSummary note(String change) {
    changes.add(change);
    return this;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes joined by "; ", or empty when nothing changed. */
  @Override
  public String toString() {
    return String.join("; ", changes);
  }

  /**
   * The end of an identifier such as a client id, enough to tell two apart without showing the
   * whole: "…abcd" (at most half of a short one).
   */
  public static String endingOf(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      return NONE;
    }
    int shown = Math.min(4, identifier.length() / 2);
    return "…" + identifier.substring(identifier.length() - shown);
  }

  private static String shown(Object value) {
    return value == null || value.toString().isBlank() ? NONE : value.toString();
  }
}
