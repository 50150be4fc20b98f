package com.quoox.xero.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

  @Test
  void namesOnlyTheFieldsThatChangedOldToNew() {
    ChangeSummary changes =
        new ChangeSummary()
            .field("Sales account", "200", "210")
            .field("Sales tax type", "OUTPUT2", "OUTPUT2")
            .field("Fee account", null, "404");

    assertEquals("Sales account 200 → 210; Fee account none → 404", changes.toString());
  }

  @Test
  void aSaveThatChangedNothingIsEmpty() {
    ChangeSummary changes = new ChangeSummary().field("Sales account", "200", "200");

    assertTrue(changes.isEmpty());
    assertEquals("", changes.toString());
  }

  @Test
  void anIdentifierIsShownByItsLastCharactersOnly() {
    assertEquals("…abcd", ChangeSummary.endingOf("0123456789abcd"));
    assertEquals("…yz", ChangeSummary.endingOf("wxyz"), "at most half of a short one");
    assertEquals("none", ChangeSummary.endingOf(""));
  }
}
