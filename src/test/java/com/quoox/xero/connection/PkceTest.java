package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PkceTest {

  /** RFC 7636 Appendix B. */
  private static final String APPENDIX_B_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private static final String APPENDIX_B_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void appendixBVerifierGivesAppendixBChallenge() {
    assertEquals(APPENDIX_B_CHALLENGE, new Pkce(APPENDIX_B_VERIFIER).challenge());
  }

  @Test
  void appendixBOctetsEncodeToAppendixBVerifierTheWayCreateEncodesThem() {
    byte[] octets = {
      116,
      24,
      (byte) 223,
      (byte) 180,
      (byte) 151,
      (byte) 153,
      (byte) 224,
      37,
      79,
      (byte) 250,
      96,
      125,
      (byte) 216,
      (byte) 173,
      (byte) 187,
      (byte) 186,
      22,
      (byte) 212,
      37,
      77,
      105,
      (byte) 214,
      (byte) 191,
      (byte) 240,
      91,
      88,
      5,
      88,
      83,
      (byte) 132,
      (byte) 141,
      121
    };

    assertEquals(
        APPENDIX_B_VERIFIER, Base64.getUrlEncoder().withoutPadding().encodeToString(octets));
  }

  @Test
  void createdVerifierIs43UnreservedCharactersAndFreshEachTime() {
    Pkce first = Pkce.create();
    Pkce second = Pkce.create();

    assertTrue(first.verifier().matches("[A-Za-z0-9_-]{43}"), first.verifier());
    assertEquals(43, first.challenge().length());
    assertNotEquals(first.verifier(), second.verifier());
    assertNotEquals(first.challenge(), second.challenge());
  }

  @Test
  void verifierOutsideRfc7636LengthsOrAlphabetIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Pkce("a".repeat(42)));
    assertThrows(IllegalArgumentException.class, () -> new Pkce("a".repeat(129)));
    assertThrows(IllegalArgumentException.class, () -> new Pkce("a".repeat(42) + "+"));
    assertThrows(IllegalArgumentException.class, () -> new Pkce(null));
    assertEquals(128, new Pkce("~.-_".repeat(32)).verifier().length());
  }

  @Test
  void onlyTheS256MethodIsOffered() {
    assertEquals("S256", Pkce.METHOD);
  }

  @Test
  void printingItNeverShowsTheVerifier() {
    Pkce pkce = new Pkce(APPENDIX_B_VERIFIER);

    assertFalse(pkce.toString().contains(APPENDIX_B_VERIFIER), pkce.toString());
    assertTrue(pkce.toString().contains(APPENDIX_B_CHALLENGE));
  }
}
