package com.quoox.xero.xeroapi;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.quoox.xero.connection.LegacyPrivateAppSigner;
import com.xero.api.ApiClient;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Invoices;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SigningTransportTest {

  private static final String BASE = "https://api.xero.com/api.xro/2.0";
  private static final String WHERE = "Type==\"ACCREC\" AND Reference==\"S 1+2\"";

  private final PrivateAppSigning signing = new PrivateAppSigning();
  private final List<String> signed = new ArrayList<>();
  private final MockHttpTransport xero =
      new MockHttpTransport.Builder()
          .setLowLevelHttpResponse(
              new MockLowLevelHttpResponse()
                  .setContentType("application/json")
                  .setContent("{\"Invoices\":[]}"))
          .build();
  private final AccountingApi api =
      new AccountingApi(new ApiClient(BASE, new SigningTransport(xero, signing), null, null, null));

  private final RequestSigner recordingSigner =
      (method, uri) -> {
        signed.add(method + " " + uri);
        return "OAuth signed-by-test";
      };

  @Test
  void privateAppHandleIsReplacedBySignatureOverMethodUrlAndQuery() throws Exception {
    String handle = signing.handleFor("b1", recordingSigner);

    api.getInvoices(
        handle, "t1", null, WHERE, null, null, null, null, null, null, null, null, 4, null);

    MockLowLevelHttpRequest sent = xero.getLowLevelHttpRequest();
    assertEquals(1, signed.size());
    assertEquals("GET " + sent.getUrl(), signed.get(0));
    URI uri = URI.create(sent.getUrl());
    assertEquals(BASE + "/Invoices", uri.getScheme() + "://" + uri.getHost() + uri.getPath());
    Map<String, String> query = query(uri.getRawQuery());
    assertEquals(WHERE, query.get("where"));
    assertEquals("4", query.get("unitdp"));
    assertEquals("OAuth signed-by-test", sent.getFirstHeaderValue("Authorization"));
    assertNull(sent.getFirstHeaderValue("xero-tenant-id"), "a private app names no tenant");
    assertEquals("application/json", sent.getFirstHeaderValue("Accept"));
  }

  @Test
  void createIsSignedAsPutWithSummarizeErrorsAndKeepsItsBodyAndIdempotencyKey() throws Exception {
    String handle = signing.handleFor("b1", recordingSigner);

    api.createInvoices(
        handle,
        "t1",
        new Invoices().addInvoicesItem(new Invoice().reference("S-1")),
        "entry-1",
        false,
        4);

    MockLowLevelHttpRequest sent = xero.getLowLevelHttpRequest();
    assertEquals("PUT " + sent.getUrl(), signed.get(0));
    Map<String, String> query = query(URI.create(sent.getUrl()).getRawQuery());
    assertEquals("false", query.get("summarizeErrors"));
    assertEquals("4", query.get("unitdp"));
    assertEquals("entry-1", sent.getFirstHeaderValue("Idempotency-Key"));
    assertTrue(
        sent.getContentAsString().contains("\"Reference\":\"S-1\""), sent.getContentAsString());
    assertTrue(sent.getContentType().startsWith("application/json"), sent.getContentType());
  }

  @Test
  void bearerTokensPassUntouchedWithTheirTenant() throws Exception {
    signing.handleFor("b1", recordingSigner);

    api.getInvoices(
        "eyJhbGciOi.token",
        "t1",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        4,
        null);

    MockLowLevelHttpRequest sent = xero.getLowLevelHttpRequest();
    assertEquals("Bearer eyJhbGciOi.token", sent.getFirstHeaderValue("Authorization"));
    assertEquals("t1", sent.getFirstHeaderValue("xero-tenant-id"));
    assertTrue(signed.isEmpty());
  }

  @Test
  void forgottenBusinessIsNoLongerSigned() throws Exception {
    String handle = signing.handleFor("b1", recordingSigner);
    signing.forget("b1");

    api.getInvoices(
        handle, "t1", null, null, null, null, null, null, null, null, null, null, 4, null);

    assertEquals(
        "Bearer " + handle, xero.getLowLevelHttpRequest().getFirstHeaderValue("Authorization"));
    assertTrue(signed.isEmpty());
  }

  /**
   * The module's own RSA-SHA1 signer behind the transport: the signature verifies with the public
   * key over a base string rebuilt here, independently, from the URL that was really sent.
   */
  @Test
  void realSignatureCoversTheQueryTheSdkSent() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    String handle =
        signing.handleFor("b1", new LegacyPrivateAppSigner().signerFor("CK1", keys.getPrivate()));

    api.getInvoices(
        handle, "t1", null, WHERE, null, null, null, null, null, null, null, null, 4, null);

    MockLowLevelHttpRequest sent = xero.getLowLevelHttpRequest();
    Map<String, String> oauth = oauthParameters(sent.getFirstHeaderValue("Authorization"));
    assertEquals("CK1", oauth.get("oauth_consumer_key"));
    assertEquals("CK1", oauth.get("oauth_token"));
    Signature rsa = Signature.getInstance("SHA1withRSA");
    rsa.initVerify(keys.getPublic());
    rsa.update(
        baseString("GET", URI.create(sent.getUrl()), oauth).getBytes(StandardCharsets.UTF_8));
    assertTrue(rsa.verify(Base64.getDecoder().decode(oauth.get("oauth_signature"))));
  }

  // ---- RFC 5849 §3.4.1, written here apart from the module's SignatureBaseString

  private static String baseString(String method, URI uri, Map<String, String> oauth) {
    List<String> pairs = new ArrayList<>();
    query(uri.getRawQuery()).forEach((n, v) -> pairs.add(percent(n) + "=" + percent(v)));
    oauth.forEach(
        (n, v) -> {
          if (!n.equals("oauth_signature")) {
            pairs.add(percent(n) + "=" + percent(v));
          }
        });
    String normalized = pairs.stream().sorted().collect(joining("&"));
    String baseUri = uri.getScheme() + "://" + uri.getHost() + uri.getRawPath();
    return method + "&" + percent(baseUri) + "&" + percent(normalized);
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      String[] nv = pair.split("=", 2);
      query.put(
          URLDecoder.decode(nv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(nv.length > 1 ? nv[1] : "", StandardCharsets.UTF_8));
    }
    return query;
  }

  private static Map<String, String> oauthParameters(String header) {
    assertTrue(header.startsWith("OAuth "), header);
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher m = Pattern.compile("([a-z_]+)=\"([^\"]*)\"").matcher(header);
    while (m.find()) {
      parameters.put(
          m.group(1), URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return parameters;
  }

  private static String percent(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
