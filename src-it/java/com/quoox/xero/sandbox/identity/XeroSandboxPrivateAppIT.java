package com.quoox.xero.sandbox.identity;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.sandbox.XeroSandbox;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A legacy private app against the sandbox: calls signed with OAuth 1.0a RSA-SHA1 by a minimal
 * signer written here (not the module's), with a key pair and self-signed certificate made for the
 * test. Proves the sandbox rebuilds the base string and checks signature, key, nonce and timestamp.
 */
public class XeroSandboxPrivateAppIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static XeroSandbox sandbox;
  private static KeyPair keys;
  private static String certificatePem;

  private final String consumerKey = "CK" + UUID.randomUUID().toString().replace("-", "");
  private String tenantId;

  @BeforeAll
  public static void startSandbox() throws Exception {
    Path spec = XeroSandbox.contract();
    sandbox = XeroSandbox.start(0, spec);
    keys = rsaKeys();
    certificatePem = selfSigned(keys);
  }

  @AfterAll
  public static void stopSandbox() {
    sandbox.stop();
  }

  private void addApp() {
    tenantId = sandbox.addPrivateApp(consumerKey, "SECRET", certificatePem, "Legacy Cafe");
  }

  @Test
  public void signedGetOrganisationIsAcceptedWithoutTenantHeader() throws Exception {
    addApp();

    HttpResponse<String> answer = send(signed("GET", "/Organisation", "", keys.getPrivate()));

    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode organisation = JSON.readTree(answer.body()).get("Organisations").get(0);
    assertEquals(tenantId, organisation.get("OrganisationID").asText());
    assertEquals(1, sandbox.tenant(tenantId).requests().size());
  }

  @Test
  public void queryParametersAreSignedToo() throws Exception {
    addApp();
    String query = "where=" + percent("Type==\"BANK\"") + "&order=Name%20ASC";

    HttpResponse<String> answer = send(signed("GET", "/Accounts", query, keys.getPrivate()));

    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode accounts = JSON.readTree(answer.body()).get("Accounts");
    assertTrue(accounts.size() > 0);
    accounts.forEach(a -> assertEquals("BANK", a.get("Type").asText()));
  }

  @Test
  public void tamperedSignatureIsRejected() throws Exception {
    addApp();
    HttpRequest.Builder request = signed("GET", "/Organisation", "", keys.getPrivate());
    String header = request.build().headers().firstValue("Authorization").orElseThrow();
    // Flip one base64 character of the signature.
    int at = header.indexOf("oauth_signature=\"") + "oauth_signature=\"".length() + 5;
    char flipped = header.charAt(at) == 'A' ? 'B' : 'A';
    String tampered = header.substring(0, at) + flipped + header.substring(at + 1);

    HttpResponse<String> answer = send(request.setHeader("Authorization", tampered));

    assertEquals(401, answer.statusCode());
    assertTrue(answer.body().startsWith("oauth_problem=signature_invalid&"), answer.body());
  }

  @Test
  public void signatureByAnotherKeyIsRejected() throws Exception {
    addApp();

    HttpResponse<String> answer = send(signed("GET", "/Organisation", "", rsaKeys().getPrivate()));

    assertEquals(401, answer.statusCode());
    assertTrue(answer.body().startsWith("oauth_problem=signature_invalid&"), answer.body());
  }

  @Test
  public void signatureOverAnotherPathIsRejected() throws Exception {
    addApp();
    HttpRequest signedForAccounts = signed("GET", "/Accounts", "", keys.getPrivate()).build();

    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + "/Organisation"))
                .header(
                    "Authorization",
                    signedForAccounts.headers().firstValue("Authorization").get()));

    assertEquals(401, answer.statusCode());
    assertTrue(answer.body().contains("signature_invalid"), answer.body());
  }

  @Test
  public void unknownConsumerKeyIsRejected() throws Exception {
    addApp();

    HttpResponse<String> answer =
        send(signed("GET", "/Organisation", "", keys.getPrivate(), "NOTAKEY", now(), nonce()));

    assertEquals(401, answer.statusCode());
    assertTrue(answer.body().startsWith("oauth_problem=consumer_key_unknown&"), answer.body());
  }

  @Test
  public void replayedNonceIsRejected() throws Exception {
    addApp();
    HttpRequest request = signed("GET", "/Organisation", "", keys.getPrivate()).build();

    assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    HttpResponse<String> replay = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(401, replay.statusCode());
    assertTrue(replay.body().startsWith("oauth_problem=nonce_used&"), replay.body());
  }

  @Test
  public void timestampSixMinutesOldIsRefused() throws Exception {
    addApp();
    long stale = now() - 360;

    HttpResponse<String> answer =
        send(signed("GET", "/Organisation", "", keys.getPrivate(), consumerKey, stale, nonce()));

    assertEquals(401, answer.statusCode());
    assertTrue(answer.body().startsWith("oauth_problem=timestamp_refused&"), answer.body());
  }

  @Test
  public void signedCallsStillMeetTheOpenApiContract() throws Exception {
    addApp();
    HttpRequest.Builder put =
        signed("PUT", "/Invoices", "", keys.getPrivate())
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"Invoices\":[{\"Type\":\"ACCREC\",\"LineItems\":\"oops\"}]}"));

    HttpResponse<String> answer = send(put);

    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("PostDataInvalidException"), answer.body());
    assertTrue(sandbox.tenant(tenantId).invoices().isEmpty());
  }

  @Test
  public void anotherTenantsIdIsForbidden() throws Exception {
    addApp();
    String other = sandbox.addOrganisation("Someone Else Ltd");

    HttpResponse<String> answer =
        send(signed("GET", "/Organisation", "", keys.getPrivate()).header("xero-tenant-id", other));

    assertEquals(403, answer.statusCode());
  }

  // ---- a minimal OAuth 1.0a RSA-SHA1 signer (RFC 5849 §3.4.1, §3.4.3, §3.5.1)

  private HttpRequest.Builder signed(String method, String path, String rawQuery, PrivateKey key)
      throws Exception {
    return signed(method, path, rawQuery, key, consumerKey, now(), nonce());
  }

  private static HttpRequest.Builder signed(
      String method,
      String path,
      String rawQuery,
      PrivateKey key,
      String consumer,
      long timestamp,
      String nonce)
      throws Exception {
    String baseUri = sandbox.apiBaseUrl() + path; // http://127.0.0.1:<port>/api.xro/2.0/...
    Map<String, String> oauth = new TreeMap<>();
    oauth.put("oauth_consumer_key", consumer);
    oauth.put("oauth_token", consumer);
    oauth.put("oauth_signature_method", "RSA-SHA1");
    oauth.put("oauth_timestamp", Long.toString(timestamp));
    oauth.put("oauth_nonce", nonce);
    oauth.put("oauth_version", "1.0");
    List<String> parameters = new ArrayList<>();
    if (!rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        String[] nv = pair.split("=", 2);
        parameters.add(percent(formDecode(nv[0])) + "=" + percent(formDecode(nv[1])));
      }
    }
    oauth.forEach((name, value) -> parameters.add(percent(name) + "=" + percent(value)));
    String normalized = parameters.stream().sorted().collect(joining("&"));
    String baseString = method + "&" + percent(baseUri) + "&" + percent(normalized);
    Signature rsa = Signature.getInstance("SHA1withRSA");
    rsa.initSign(key);
    rsa.update(baseString.getBytes(StandardCharsets.UTF_8));
    oauth.put("oauth_signature", Base64.getEncoder().encodeToString(rsa.sign()));
    String header =
        "OAuth "
            + oauth.entrySet().stream()
                .map(p -> percent(p.getKey()) + "=\"" + percent(p.getValue()) + "\"")
                .collect(joining(", "));
    URI uri = URI.create(baseUri + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    return HttpRequest.newBuilder(uri)
        .header("Authorization", header)
        .header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.noBody());
  }

  /** RFC 5849 §3.6 (RFC 3986 unreserved characters stay, everything else %XX). */
  private static String percent(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String formDecode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String nonce() {
    return Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static KeyPair rsaKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  /** What the business uploads to Xero: a self-signed X509 certificate, PEM. */
  private static String selfSigned(KeyPair keys) throws Exception {
    X500Name subject = new X500Name("CN=Quoox private app test");
    Instant now = Instant.now();
    var certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE),
                        Date.from(now.minus(1, ChronoUnit.DAYS)),
                        Date.from(now.plus(365, ChronoUnit.DAYS)),
                        subject,
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
