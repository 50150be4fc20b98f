package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OAuthPercentEncodingTest {

  @Test
  void unreservedCharactersAreLeftAlone() {
    assertEquals("AZaz09-._~", OAuthPercentEncoding.encode("AZaz09-._~"));
  }

  @Test
  void spaceIsPercentTwentyNotPlus() {
    assertEquals("Ladies%20%2B%20Gentlemen", OAuthPercentEncoding.encode("Ladies + Gentlemen"));
  }

  @Test
  void reservedAndSubDelimiterCharactersAreEscapedInUpperCaseHex() {
    assertEquals("An%20encoded%20string%21", OAuthPercentEncoding.encode("An encoded string!"));
    assertEquals("Dogs%2C%20Cats%20%26%20Mice", OAuthPercentEncoding.encode("Dogs, Cats & Mice"));
    assertEquals("%2A%27%28%29%2F%3F%3D%25%3A%40", OAuthPercentEncoding.encode("*'()/?=%:@"));
  }

  @Test
  void nonAsciiIsEscapedByteByByteInUtf8() {
    assertEquals("caf%C3%A9", OAuthPercentEncoding.encode("café"));
    assertEquals("%E2%98%83", OAuthPercentEncoding.encode("\u2603"));
    assertEquals("%F0%9F%98%80", OAuthPercentEncoding.encode("\uD83D\uDE00"));
  }

  @Test
  void emptyStaysEmpty() {
    assertEquals("", OAuthPercentEncoding.encode(""));
  }
}
