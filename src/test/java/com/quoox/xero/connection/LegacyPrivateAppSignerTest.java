package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyPrivateAppSignerTest {

  private static final PrivateKey TEST_KEY =
      PemEncoding.readPrivateKey(OAuthTestCase.PRIVATE_KEY_PEM);

  @Test
  void signatureOfThePublishedBaseStringIsThePublishedSignature() {
    assertEquals(
        OAuthTestCase.SIGNATURE, LegacyPrivateAppSigner.sign(OAuthTestCase.BASE_STRING, TEST_KEY));
  }

  @Test
  void headerForTheOAuthTestCaseCarriesThePublishedSignaturePercentEncoded() {
    String header =
        LegacyPrivateAppSigner.authorizationHeader(
            "GET", URI.create(OAuthTestCase.URI), Map.of(), testCaseProtocolParams(), TEST_KEY);

    assertEquals(
        "OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_nonce=\"13917289812797014437\","
            + " oauth_signature=\"jvTp%2FwX1TYtByB1m%2BPbyo0lnCOLIsyGCH7wke8AUs3BpnwZJtAuEJkvQL2%2F9n4s5"
            + "wUmUl4aCI4BwpraNx4RtEXMe5qg5T1LVTGliMRpKasKsW%2F%2Fe%2BRinhejgCuzoH26dyF8iY2ZZ%2F5D1ilgeij"
            + "hV%2FvBka5twt399mXwaYdCwFYE%3D\", oauth_signature_method=\"RSA-SHA1\","
            + " oauth_timestamp=\"1196666512\", oauth_version=\"1.0\"",
        header);
  }

  @Test
  void privateAppHeaderSendsTheConsumerKeyAsTheTokenAndSignsIt() {
    LegacyPrivateAppSigner signer =
        new LegacyPrivateAppSigner(
            Clock.fixed(Instant.ofEpochSecond(OAuthTestCase.TIMESTAMP), ZoneOffset.UTC),
            () -> OAuthTestCase.NONCE);

    String header =
        signer.authorizationHeader(
            "GET", URI.create(OAuthTestCase.URI), Map.of(), OAuthTestCase.CONSUMER_KEY, TEST_KEY);

    // The test case with oauth_token=consumer key added; signature computed independently with
    // `openssl dgst -sha1 -sign` over this base string and the test case's key.
    assertEquals(
        "OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_nonce=\"13917289812797014437\","
            + " oauth_signature=\""
            + OAuthPercentEncoding.encode(
                "pIE7iUNUQaaSNLl8Q2Fx/SOPPM5WVAS9SDXJrF0coSZf20yH/syarZpWoc6qsUhBeglDd9rF1wrILCqBl3mO"
                    + "b97UiqYEVaq+0tG0IdWIkixoBC2EO9V19o9OUSLaKIuu2fF2SGWVOssrfWVJYDnAtcwnIj4MMFTffWEw"
                    + "aAWCFdM=")
            + "\", oauth_signature_method=\"RSA-SHA1\", oauth_timestamp=\"1196666512\","
            + " oauth_token=\"dpf43f3p2l4k3l03\", oauth_version=\"1.0\"",
        header);
  }

  @Test
  void privateAppSignatureVerifiesWithTheCertificateOfTheKey() throws Exception {
    LegacyPrivateAppSigner signer =
        new LegacyPrivateAppSigner(
            Clock.fixed(Instant.ofEpochSecond(OAuthTestCase.TIMESTAMP), ZoneOffset.UTC),
            () -> OAuthTestCase.NONCE);
    String header =
        signer.authorizationHeader(
            "GET", URI.create(OAuthTestCase.URI), Map.of(), OAuthTestCase.CONSUMER_KEY, TEST_KEY);
    String expectedBaseString =
        "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacaction.jpg"
            + "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3D13917289812797014437"
            + "%26oauth_signature_method%3DRSA-SHA1%26oauth_timestamp%3D1196666512"
            + "%26oauth_token%3Ddpf43f3p2l4k3l03%26oauth_version%3D1.0%26size%3Doriginal";

    Signature verifier = Signature.getInstance("SHA1withRSA");
    verifier.initVerify(PemEncoding.readCertificate(OAuthTestCase.CERTIFICATE_PEM));
    verifier.update(expectedBaseString.getBytes(StandardCharsets.UTF_8));

    assertTrue(verifier.verify(Base64.getDecoder().decode(signatureOf(header))));
  }

  @Test
  void everyHeaderHasAFreshNonce() {
    LegacyPrivateAppSigner signer = new LegacyPrivateAppSigner();
    URI uri = URI.create("https://api.xero.com/api.xro/2.0/Organisation");

    String first = signer.authorizationHeader("GET", uri, Map.of(), "key", TEST_KEY);
    String second = signer.authorizationHeader("GET", uri, Map.of(), "key", TEST_KEY);

    assertNotEquals(nonceOf(first), nonceOf(second));
  }

  @Test
  void formBodyIsPartOfTheSignature() {
    URI uri = URI.create("https://api.xero.com/api.xro/2.0/Invoices");
    Map<String, String> protocol = testCaseProtocolParams();

    String one =
        LegacyPrivateAppSigner.authorizationHeader(
            "POST", uri, Map.of("xml", List.of("<Invoice/>")), protocol, TEST_KEY);
    String other =
        LegacyPrivateAppSigner.authorizationHeader(
            "POST", uri, Map.of("xml", List.of("<Invoice></Invoice>")), protocol, TEST_KEY);

    assertNotEquals(one, other);
  }

  @Test
  void keyThatCannotSignIsReportedWithoutItsValue() {
    PrivateKey notRsa =
        new PrivateKey() {
          @Override
          public String getAlgorithm() {
            return "EC";
          }

          @Override
          public String getFormat() {
            return "PKCS#8";
          }

          @Override
          public byte[] getEncoded() {
            return new byte[0];
          }
        };

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> LegacyPrivateAppSigner.sign("x", notRsa));
    assertTrue(e.getMessage().contains("private app's key"), e.getMessage());
  }

  private static Map<String, String> testCaseProtocolParams() {
    Map<String, String> protocol = new LinkedHashMap<>();
    protocol.put("oauth_consumer_key", OAuthTestCase.CONSUMER_KEY);
    protocol.put("oauth_signature_method", "RSA-SHA1");
    protocol.put("oauth_timestamp", Long.toString(OAuthTestCase.TIMESTAMP));
    protocol.put("oauth_nonce", OAuthTestCase.NONCE);
    protocol.put("oauth_version", "1.0");
    return protocol;
  }

  private static String nonceOf(String header) {
    return valueOf(header, "oauth_nonce");
  }

  private static String signatureOf(String header) {
    return URLDecoder.decode(valueOf(header, "oauth_signature"), StandardCharsets.UTF_8);
  }

  private static String valueOf(String header, String name) {
    int start = header.indexOf(name + "=\"") + name.length() + 2;
    return header.substring(start, header.indexOf('"', start));
  }
}
