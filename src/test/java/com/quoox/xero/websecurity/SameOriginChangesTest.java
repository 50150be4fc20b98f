package com.quoox.xero.websecurity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginChangesTest {

  @Test
  void pageOfTheSameHostAndPortIsTheModulesOwn() {
    assertTrue(SameOriginChanges.sameHost("http://localhost:8380", "localhost:8380"));
    assertTrue(SameOriginChanges.sameHost("https://Quoox.example", "quoox.example"));
    assertTrue(SameOriginChanges.sameHost("https://quoox.example", "quoox.example:443"));
  }

  @Test
  void anotherHostOrPortIsForeign() {
    assertFalse(SameOriginChanges.sameHost("https://shop.example.com", "quoox.example"));
    assertFalse(SameOriginChanges.sameHost("http://localhost:8089", "localhost:8380"));
    assertFalse(SameOriginChanges.sameHost("https://quoox.example.evil.com", "quoox.example"));
  }

  @Test
  void originThatNamesNoHostIsForeign() {
    assertFalse(SameOriginChanges.sameHost("null", "quoox.example"));
    assertFalse(SameOriginChanges.sameHost("not a url", "quoox.example"));
    assertFalse(SameOriginChanges.sameHost("https://quoox.example", null));
  }
}
