package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.XeroSandbox.PrivateAppCredentials;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The legacy Xero private app end to end: "Download X509 Certificate", the private app created in
 * (the sandbox's) Xero with it, Save of the consumer key verified by a signed test connection, and
 * sales sent signed with OAuth 1.0a RSA-SHA1. The sandbox reaches a private app's organisation only
 * through a valid signature over the request as it arrived, query included.
 */
@DatabaseIndependent
class LegacyPrivateAppIT extends DeployedModule {

  private static final String CER = "application/x-x509-ca-cert";

  private final String businessId = "it-legacy-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void downloadedCertificateIsAPemX509WithAnRsa2048KeyAndNoPrivateKey() throws Exception {
    HttpResponse<String> download = api.download("POST", certificatePath(), CER);

    assertEquals(201, download.statusCode(), download.body());
    assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith(CER));
    assertEquals(
        "attachment; filename=\"quoox-xero-" + businessId + ".cer\"",
        download.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(download.body().startsWith("-----BEGIN CERTIFICATE-----"), download.body());
    assertFalse(download.body().contains("PRIVATE KEY"));
    X509Certificate certificate = x509(download.body());
    assertEquals(2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
    assertTrue(certificate.getSubjectX500Principal().getName().contains(businessId));
    certificate.checkValidity();

    HttpResponse<String> again = api.download("GET", certificatePath(), CER);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(download.body(), again.body());
  }

  @Test
  void privateAppIsVerifiedConnectedAndSendsSalesSigned() throws Exception {
    String certificate = api.download("POST", certificatePath(), CER).body();
    PrivateAppCredentials xero =
        XeroSandbox.shared().createPrivateApp(certificate, "Legacy Cafe " + businessId);

    JsonNode saved =
        expect(
                200,
                api.put(privateAppPath(), credentials(xero.consumerKey(), xero.consumerSecret())))
            .json();

    assertEquals("LEGACY_PRIVATE_APP", saved.path("mode").asText());
    assertEquals("CONNECTED", saved.path("status").asText());
    assertEquals("Legacy Cafe " + businessId, saved.path("organisationName").asText());
    assertEquals(xero.tenantId(), saved.path("tenantId").asText());
    assertEquals(xero.consumerKey(), saved.path("consumerKey").asText());
    assertEquals(
        x509Fingerprint(certificate), saved.path("certificate").path("sha256Fingerprint").asText());
    assertTrue(saved.path("certificate").path("subject").asText().contains(businessId));
    assertFalse(saved.path("certificate").path("notAfter").asText().isEmpty());

    ModuleApi.Answer shown = expect(200, api.get("businesses/" + businessId + "/xero/connection"));
    assertFalse(shown.body().contains(xero.consumerSecret()), shown.body());
    assertFalse(shown.body().contains("PRIVATE KEY"), shown.body());
    assertFalse(shown.body().toLowerCase().contains("secret"), shown.body());

    // A sale goes out exactly as for the other modes; only a signed call reaches this organisation.
    TestBusiness business =
        TestBusiness.onTenant(api, businessId, XeroSandbox.shared().tenant(xero.tenantId()));
    business.sell(business.cafeSale());
    JsonNode invoice = business.awaitInvoices(1).get(0);
    assertEquals(0, new BigDecimal("8.40").compareTo(invoice.path("Total").decimalValue()));
    business.awaitSyncStatus("S-1", "SENT");

    // The test connection works through the stored connection too.
    JsonNode tested =
        expect(200, api.post("businesses/" + businessId + "/xero/connection/test", "")).json();
    assertTrue(tested.path("lastTestResult").asText().contains("Legacy Cafe"), tested.toString());
  }

  /**
   * The private app deleted at Xero after it was connected: Xero refuses the signed send, the
   * connection asks the user to reconnect, and the sale waits in the sync log (nothing is lost or
   * parked as the sale's fault).
   */
  @Test
  void privateAppRefusedByXeroLaterAsksForReconnectionWhileSalesWait() throws Exception {
    String certificate = api.download("POST", certificatePath(), CER).body();
    PrivateAppCredentials xero =
        XeroSandbox.shared().createPrivateApp(certificate, "Legacy Cafe " + businessId);
    expect(200, api.put(privateAppPath(), credentials(xero.consumerKey(), xero.consumerSecret())));
    TestBusiness business =
        TestBusiness.onTenant(api, businessId, XeroSandbox.shared().tenant(xero.tenantId()));

    XeroSandbox.shared().deletePrivateApp(xero.consumerKey());
    business.sell(business.cafeSale());

    JsonNode connection =
        Eventually.await(
            "the connection of " + businessId + " needs reconnecting",
            java.time.Duration.ofSeconds(30),
            () -> api.get("businesses/" + businessId + "/xero/connection").json(),
            c -> "NEEDS_RECONNECT".equals(c.path("status").asText()));
    assertTrue(
        connection.path("statusReason").asText().contains("refused the private app"),
        connection.toString());
    JsonNode waiting = business.awaitSyncStatus("S-1", "RETRY_WAIT");
    assertEquals(0, business.xero.invoices().size(), waiting.toString());
  }

  @Test
  void unknownConsumerKeyAnswersXerosProblemOnTheConsumerKey() {
    api.download("POST", certificatePath(), CER);

    ModuleApi.Answer refused =
        api.put(privateAppPath(), credentials("NOTAKEYXEROKNOWS0000000000000", "whatever"));

    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    JsonNode error = refused.json().path("errors").get(0);
    assertEquals("consumerKey", error.path("field").asText());
    assertTrue(
        error.path("message").asText().contains("consumer_key_unknown"), "Xero's words: " + error);
    assertEquals(404, api.get("businesses/" + businessId + "/xero/connection").status());
  }

  @Test
  void certificateRegeneratedAfterUploadIsRefusedOnTheCertificate() {
    String uploaded = api.download("POST", certificatePath(), CER).body();
    PrivateAppCredentials xero =
        XeroSandbox.shared().createPrivateApp(uploaded, "Org " + businessId);
    String regenerated = api.download("POST", certificatePath(), CER).body();
    assertNotEquals(uploaded, regenerated);

    ModuleApi.Answer refused =
        api.put(privateAppPath(), credentials(xero.consumerKey(), xero.consumerSecret()));

    assertEquals(400, refused.status(), refused.body());
    JsonNode error = refused.json().path("errors").get(0);
    assertEquals("certificate", error.path("field").asText());
    assertTrue(
        error.path("message").asText().contains("signature_invalid"), "Xero's words: " + error);
    assertEquals(404, api.get("businesses/" + businessId + "/xero/connection").status());
  }

  @Test
  void newCertificateForAConnectedPrivateAppNeedsReplaceTrue() {
    String certificate = api.download("POST", certificatePath(), CER).body();
    PrivateAppCredentials xero =
        XeroSandbox.shared().createPrivateApp(certificate, "Org " + businessId);
    expect(200, api.put(privateAppPath(), credentials(xero.consumerKey(), xero.consumerSecret())));

    HttpResponse<String> refused = api.download("POST", certificatePath(), CER);

    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("replace=true"), refused.body());
    assertEquals(certificate, api.download("GET", certificatePath(), CER).body());
    HttpResponse<String> replaced = api.download("POST", certificatePath() + "?replace=true", CER);
    assertEquals(201, replaced.statusCode(), replaced.body());
    assertNotEquals(certificate, replaced.body());
  }

  @Test
  void saveBeforeAnyCertificateAsksToDownloadItFirst() {
    ModuleApi.Answer refused = api.put(privateAppPath(), credentials("KEY", "SECRET"));

    assertEquals(400, refused.status(), refused.body());
    JsonNode error = refused.json().path("errors").get(0);
    assertEquals("certificate", error.path("field").asText());
    assertTrue(error.path("message").asText().contains("Download the X509 certificate first"));
    assertEquals(404, api.download("GET", certificatePath(), CER).statusCode());
  }

  @Test
  void missingFieldsAnswerEachWithItsOwnMessage() {
    ModuleApi.Answer refused = api.put(privateAppPath(), "{\"consumerKey\":\"  \"}");

    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("\"consumerKey\"") && body.contains("paste the Consumer Key"), body);
    assertTrue(
        body.contains("\"consumerSecret\"") && body.contains("paste the Consumer Secret"), body);
  }

  @Test
  void disconnectForgetsThePrivateAppHere() {
    String certificate = api.download("POST", certificatePath(), CER).body();
    PrivateAppCredentials xero =
        XeroSandbox.shared().createPrivateApp(certificate, "Org " + businessId);
    expect(200, api.put(privateAppPath(), credentials(xero.consumerKey(), xero.consumerSecret())));

    assertEquals(204, api.delete("businesses/" + businessId + "/xero/connection").status());

    assertEquals(404, api.get("businesses/" + businessId + "/xero/connection").status());
  }

  private String certificatePath() {
    return "businesses/" + businessId + "/xero/connection/private-app/certificate";
  }

  private String privateAppPath() {
    return "businesses/" + businessId + "/xero/connection/private-app";
  }

  private static String credentials(String key, String secret) {
    return "{\"consumerKey\":\"" + key + "\",\"consumerSecret\":\"" + secret + "\"}";
  }

  private static ModuleApi.Answer expect(int status, ModuleApi.Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    return answer;
  }

  private static X509Certificate x509(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String x509Fingerprint(String pem) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256").digest(x509(pem).getEncoded());
    return java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
  }
}
