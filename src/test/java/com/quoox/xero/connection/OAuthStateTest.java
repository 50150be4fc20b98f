package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthStateTest {

  @Test
  void stateIs256BitsOfBase64UrlWithoutPadding() {
    String state = OAuthState.create();

    assertTrue(state.matches("[A-Za-z0-9_-]{43}"), state);
  }

  @Test
  void statesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(OAuthState.create());
    }

    assertEquals(1000, seen.size());
  }

  @Test
  void onlyTheIssuedStateMatches() {
    String issued = OAuthState.create();

    assertTrue(OAuthState.matches(issued, new String(issued)));
    assertFalse(OAuthState.matches(issued, OAuthState.create()));
    assertFalse(OAuthState.matches(issued, issued.substring(1)));
    assertFalse(OAuthState.matches(issued, null));
    assertFalse(OAuthState.matches(null, issued));
  }
}
