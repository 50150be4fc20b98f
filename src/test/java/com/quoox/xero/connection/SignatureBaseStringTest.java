package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureBaseStringTest {

  @Test
  void rfc5849ExampleNormalisesQueryBodyAndProtocolParameters() {
    // RFC 5849 §3.4.1.1 (§3.4.1.3.2 shows the same parameters sorted): body "c2&a3=2+q".
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("c2", List.of(""));
    form.put("a3", List.of("2 q"));
    Map<String, String> protocol = new LinkedHashMap<>();
    protocol.put("realm", "Example");
    protocol.put("oauth_consumer_key", "9djdj82h48djs9d2");
    protocol.put("oauth_token", "kkk9d7dh3k39sjv7");
    protocol.put("oauth_signature_method", "HMAC-SHA1");
    protocol.put("oauth_timestamp", "137131201");
    protocol.put("oauth_nonce", "7d8f3e4a");
    protocol.put("oauth_signature", "djosJKDKJSD8743243/jdk33klY=");

    String baseString =
        SignatureBaseString.of(
            "POST",
            URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"),
            form,
            protocol);

    assertEquals(
        "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da"
            + "%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
            + "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
            + "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
        baseString);
  }

  @Test
  void oauthTestCaseGivesThePublishedBaseString() {
    Map<String, String> protocol = new LinkedHashMap<>();
    protocol.put("oauth_version", "1.0");
    protocol.put("oauth_consumer_key", OAuthTestCase.CONSUMER_KEY);
    protocol.put("oauth_timestamp", Long.toString(OAuthTestCase.TIMESTAMP));
    protocol.put("oauth_nonce", OAuthTestCase.NONCE);
    protocol.put("oauth_signature_method", "RSA-SHA1");

    assertEquals(
        OAuthTestCase.BASE_STRING,
        SignatureBaseString.of("get", URI.create(OAuthTestCase.URI), Map.of(), protocol));
  }

  @Test
  void baseStringUriLowersSchemeAndHostAndDropsTheDefaultPort() {
    // RFC 5849 §3.4.1.2 examples.
    assertEquals(
        "GET&http%3A%2F%2Fexample.com%2Fr%2520v%2FX&id%3D123",
        SignatureBaseString.of(
            "GET", URI.create("HTTP://EXAMPLE.COM:80/r%20v/X?id=123"), Map.of(), Map.of()));
    assertEquals(
        "GET&https%3A%2F%2Fwww.example.net%3A8080%2F&q%3D1",
        SignatureBaseString.of(
            "GET", URI.create("https://www.example.net:8080/?q=1"), Map.of(), Map.of()));
  }

  @Test
  void defaultHttpsPortAndEmptyPathAreNormalised() {
    assertEquals(
        "GET&https%3A%2F%2Fapi.xero.com%2F&",
        SignatureBaseString.of("GET", URI.create("https://api.xero.com:443"), Map.of(), Map.of()));
  }

  @Test
  void plusAndPercentTwentyInTheQueryAreTheSameSpace() {
    String plus =
        SignatureBaseString.of("GET", URI.create("https://x.test/p?where=a+b"), Map.of(), Map.of());
    String escaped =
        SignatureBaseString.of(
            "GET", URI.create("https://x.test/p?where=a%20b"), Map.of(), Map.of());

    assertEquals("GET&https%3A%2F%2Fx.test%2Fp&where%3Da%2520b", plus);
    assertEquals(plus, escaped);
  }

  @Test
  void repeatedNamesAreSortedByValueAndBareNamesHaveEmptyValues() {
    assertEquals(
        "GET&https%3A%2F%2Fx.test%2Fp&a%3D%26b%3D1%26b%3D2",
        SignatureBaseString.of(
            "GET", URI.create("https://x.test/p?b=2&a&b=1"), Map.of(), Map.of()));
  }
}
