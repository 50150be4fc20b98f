package com.quoox.xero.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.Eventually;
import com.quoox.xero.it.ModuleApi;
import com.quoox.xero.it.ModuleDeployment;
import com.quoox.xero.it.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * The Xero settings page in headless Chromium against the real WildFly and the Xero sandbox: a
 * person connects, codes the accounts from Xero's lists, watches sales reach Xero, and fixes a sale
 * Xero refused. Screenshots of each step go to {@code ${quoox.build.dir}/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsScreenIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModuleDeployment.withDemoShop();
  }

  @ArquillianResource URL deploymentUrl;

  private ModuleApi api;
  private HeadlessChromium chromium;
  private SettingsScreen screen;

  private String testName;

  @BeforeEach
  void connectToTheModule(TestInfo test) {
    api = new ModuleApi(deploymentUrl);
    testName = test.getTestMethod().orElseThrow().getName();
  }

  /** Opens the business's settings page in a fresh Chromium signed in as {@code user}. */
  private void openSettings(ModuleApi.User user, String businessId) throws IOException {
    chromium = HeadlessChromium.start(testName, user.name(), user.password());
    // On the host arquillian.xml's redirect URI names, so the browser's sign-in to the module also
    // covers the OAuth callback that Xero sends the browser back to.
    URL page = new URL("http", "localhost", deploymentUrl.getPort(), deploymentUrl.getFile());
    screen = new SettingsScreen(chromium.driver).open(page, businessId);
  }

  @AfterEach
  void closeChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void personConnectsCodesSellsAndFixesASaleXeroRefused() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    assertEquals("NOT_CONNECTED", screen.connectionStatus());
    chromium.screenshot("not-connected");

    screen.connectWithCustomConnection(business.id + "-client", business.id + "-secret");
    screen.awaitConnectionStatus("CONNECTED");
    assertEquals("Org of " + business.id, screen.connectionDetail("organisation"));
    assertEquals("", screen.byId("client-secret").getAttribute("value"), "never kept on screen");
    chromium.screenshot("connected");

    screen.awaitMappingsForm();
    screen.addCategory("coffee");
    screen.addCategory("bakery");
    assertEquals(
        List.of("", "090", "091", "092", "093", "094", "095", "200", "260", "404", "610", "860"),
        screen.optionsOf("sales.accountCode").stream().sorted().toList(),
        "'Choose…' and Xero's active accounts (201 is archived)");
    assertTrue(
        screen.optionsOf("sales.taxType").containsAll(List.of("", "OUTPUT2", "ZERORATEDOUTPUT")),
        "Xero's sales tax rates after 'Leave as default': " + screen.optionsOf("sales.taxType"));
    screen.choose("sales.accountCode", "200");
    screen.choose("sales.taxType", ""); // leave as default: the account's own tax rate
    screen.choose("categories[coffee].accountCode", "200");
    screen.choose("categories[coffee].taxType", "OUTPUT2");
    screen.choose("categories[bakery].accountCode", "260");
    screen.choose("categories[bakery].taxType", "ZERORATEDOUTPUT");
    screen.choose("shipping.accountCode", ""); // leave as default: the sales coding
    screen.choose("roundingAccount", "860");
    screen.choose("roundingTaxType", "NONE");
    chromium.screenshot("coding-chosen");
    screen.saveMappings();
    JsonNode saved = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals("OUTPUT2", saved.path("sales").path("taxType").asText(), saved.toString());
    assertEquals("200", saved.path("shipping").path("accountCode").asText(), saved.toString());
    assertEquals("260", saved.at("/categories/bakery/accountCode").asText(), saved.toString());
    assertTrue(screen.byId("invoicing-per-sale").isSelected(), "an invoice per sale by default");
    assertEquals("PER_SALE", saved.path("invoicing").asText(), saved.toString());

    SaleCompleted first = business.cafeSale();
    business.sell(first);
    SettingsScreen.Row sent = screen.awaitSyncRow(first.saleNumber(), "SENT");
    JsonNode firstInvoice = business.awaitInvoices(1).get(0);
    assertEquals(firstInvoice.path("InvoiceNumber").asText(), sent.xeroNumber());
    assertTrue(
        sent.xeroLink().endsWith("InvoiceID=" + firstInvoice.path("InvoiceID").asText()),
        "the Xero number links to the invoice in Xero: " + sent.xeroLink());
    chromium.screenshot("first-sale-sent");

    // The accountant archives the bakery's account in Xero: Xero refuses the next sale.
    business.xero.archiveAccount("260");
    SaleCompleted second = business.cafeSale();
    business.sell(second);
    SettingsScreen.Row parked = screen.awaitSyncRow(second.saleNumber(), "NEEDS_ATTENTION");
    assertTrue(
        parked.lastError().contains("Account code '260' has been archived, or has been deleted"),
        "Xero's own message is shown: " + parked);
    chromium.screenshot("second-sale-needs-attention");

    screen.choose("categories[bakery].accountCode", "200");
    screen.saveMappings();
    screen.retry(second.saleNumber());
    screen.awaitSyncRow(second.saleNumber(), "SENT");
    chromium.screenshot("second-sale-sent-after-fix");
    JsonNode invoice = business.awaitInvoices(2).get(1);
    assertEquals(second.saleNumber(), invoice.path("Reference").asText());
    assertEquals(
        "ZERORATEDOUTPUT", invoice.at("/LineItems/1/TaxType").asText(), invoice.toString());
    assertEquals("200", invoice.at("/LineItems/1/AccountCode").asText(), invoice.toString());

    // A busy day ahead: the owner switches to a daily summary.
    screen.chooseInvoicing("DAILY_SUMMARY");
    screen.saveMappings();
    assertEquals(
        "DAILY_SUMMARY",
        business.expect(200, api.get(business.path("mappings"))).json().path("invoicing").asText());
  }

  @Test
  void wrongClientSecretShowsXerosErrorNextToTheFieldAndFocusesIt() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);

    screen.connectWithCustomConnection(business.id + "-client", "not-the-secret");

    var error = screen.awaitFieldError("clientSecret");
    assertTrue(error.getText().contains("invalid_client"), "Xero's own words: " + error.getText());
    var secret = screen.byId("client-secret");
    assertEquals("true", secret.getAttribute("aria-invalid"));
    assertTrue(
        secret.getAttribute("aria-describedby").contains(error.getAttribute("id")),
        "the error is announced with the field");
    assertEquals("client-secret", screen.focused().getAttribute("id"), "focus on the first error");
    assertEquals("NOT_CONNECTED", screen.connectionStatus());
    chromium.screenshot("wrong-secret");
  }

  @Test
  void legacyPrivateAppConnectsWithTheCertificateDownloadedFromThePage() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.byId("mode-private").click();
    assertTrue(
        screen.byId("private-app-form").getText().contains("Xero retired private apps"),
        "the page says plainly that private apps are retired");

    String certificate = screen.downloadCertificate();
    assertTrue(certificate.startsWith("-----BEGIN CERTIFICATE-----"), certificate);
    chromium.screenshot("certificate-downloaded");
    // What the user does at Xero: create the private app with the downloaded .cer.
    String consumerKey = "CK" + business.id.replace("-", "").toUpperCase();
    XeroSandbox.shared()
        .addPrivateApp(consumerKey, "CS-" + business.id, certificate, "Legacy " + business.id);
    screen.connectWithPrivateApp(consumerKey, "CS-" + business.id);

    screen.awaitConnectionStatus("CONNECTED");
    assertEquals("Legacy " + business.id, screen.connectionDetail("organisation"));
    assertEquals(consumerKey, screen.connectionDetail("consumer-key"));
    assertTrue(
        screen.connectionDetail("certificate-fingerprint").matches("[0-9A-Fa-f:]{64,}"),
        "the certificate's fingerprint is shown: "
            + screen.connectionDetail("certificate-fingerprint"));
    assertEquals("", screen.byId("consumer-secret").getAttribute("value"), "never kept on screen");
    chromium.screenshot("private-app-connected");
  }

  @Test
  void userWhoMayNotActForTheBusinessIsToldSoAndNothingElse() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);

    openSettings(ModuleApi.User.DEMO_OWNER, business.id);

    WebElement alert = screen.awaitPageError();
    assertTrue(
        alert.getText().contains("may not manage the Xero settings of business " + business.id),
        alert.getText());
    assertEquals("page-error", screen.focused().getAttribute("id"), "focus on the message");
    chromium.screenshot("forbidden");
  }

  @Test
  void retryAllSendsEverySaleParkedByTheSameMistakeOnceItIsFixed() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.archiveAccount("260");
    SaleCompleted first = business.cafeSale();
    SaleCompleted second = business.cafeSale();
    business.sell(first);
    business.sell(second);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitSyncRow(first.saleNumber(), "NEEDS_ATTENTION");
    screen.awaitSyncRow(second.saleNumber(), "NEEDS_ATTENTION");

    screen.awaitMappingsForm();
    screen.choose("categories[bakery].accountCode", "200");
    screen.saveMappings();
    screen.retryAll("2 entries are being sent to Xero again.");

    screen.awaitSyncRow(first.saleNumber(), "SENT");
    screen.awaitSyncRow(second.saleNumber(), "SENT");
    chromium.screenshot("all-sent-after-retry-all");
    assertEquals(2, business.awaitInvoices(2).size());
  }

  @Test
  void theReadinessPanelNamesWhatXeroWouldBookWronglyAndClearsOnceItIsFixed() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    // Bakery coded to a 20 % rate although the tills charge 0 % on it.
    business.expect(
        200,
        api.put(
            business.path("mappings"),
            TestBusiness.MAPPINGS.replace("\"ZERORATEDOUTPUT\"", "\"OUTPUT2\"")));
    business.sell(business.cafeSale());
    openSettings(ModuleApi.User.OPERATOR, business.id);

    List<SettingsScreen.ReadinessRow> items = screen.awaitReadiness();
    SettingsScreen.ReadinessRow bakery =
        items.stream()
            .filter(i -> "categories[bakery].taxType".equals(i.topic()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no bakery item in " + items));
    assertEquals("BLOCKING", bakery.level());
    assertTrue(bakery.text().startsWith("Fix first:"), bakery.text());
    assertTrue(bakery.text().contains("0 %"), bakery.text());
    chromium.screenshot("readiness-blocking");

    screen.awaitMappingsForm();
    screen.choose("categories[bakery].taxType", "ZERORATEDOUTPUT");
    screen.saveMappings();
    Eventually.await(
        "the readiness check after Save",
        Duration.ofSeconds(15),
        () -> screen.byId("readiness-summary").getText(),
        t -> t.startsWith("Ready"));
    chromium.screenshot("readiness-ready");
  }

  @Test
  void resendingADaySendsTheSalesMadeBeforeTheBusinessConnected() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted before = business.cafeSale();
    business.expect(200, api.fire("demo/past-sales", before));
    openSettings(ModuleApi.User.OPERATOR, business.id);
    assertEquals(null, screen.syncRow(before.saleNumber()), "not in the sync log yet");

    LocalDate day = LocalDate.ofInstant(before.completedAt(), ZoneOffset.UTC);
    String said = screen.resend(day, day);

    assertTrue(said.contains(": 1 sent to Xero now."), said);
    screen.awaitSyncRow(before.saleNumber(), "SENT");
    chromium.screenshot("resent-day-sent");
    assertEquals(before.saleNumber(), business.awaitInvoices(1).get(0).path("Reference").asText());
  }

  @Test
  void connectToXeroComesBackToThePageToChooseAmongTheAuthorisedOrganisations() throws IOException {
    registerQuooxAppAtTheSandbox();
    String businessId = TestBusiness.unconnected(api).id;
    XeroSandbox sandbox = XeroSandbox.shared();
    String first = sandbox.addOrganisation("First of " + businessId);
    String second = sandbox.addOrganisation("Second of " + businessId);
    sandbox.authoriseNext(List.of(first, second));
    openSettings(ModuleApi.User.OPERATOR, businessId);

    screen.byId("connect-xero").click();

    screen.awaitConnectionStatus("CHOOSING_ORGANISATION");
    chromium.screenshot("back-from-xero-choosing");
    screen.chooseOrganisation("Second of " + businessId);
    screen.awaitConnectionStatus("CONNECTED");
    assertEquals("Second of " + businessId, screen.connectionDetail("organisation"));
    assertEquals(second, screen.connectionDetail("tenant-id"));
    chromium.screenshot("connected-to-the-chosen-organisation");
  }

  @Test
  void stripePaymentsGoToTheStripeBankAccountChosenFromXeroAndItsBalanceIsReconciled()
      throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitPaymentsForm();
    assertTrue(
        screen.optionsOf("providers[STRIPE].accountCode").containsAll(List.of("", "091", "092")),
        "'Leave unset' and the bank accounts: "
            + screen.optionsOf("providers[STRIPE].accountCode"));
    assertFalse(
        screen.optionsOf("providers[STRIPE].accountCode").contains("200"),
        "Sales cannot receive payments, so it is not offered");
    assertFalse(screen.optionsOf("providers[STRIPE].payoutAccountCode").contains("404"));

    screen.recordPayments("STRIPE", true);
    screen.choose("providers[STRIPE].accountCode", "092");
    screen.choose("providers[STRIPE].feeAccountCode", "404");
    screen.choose("providers[STRIPE].feeTaxType", "NONE");
    screen.choose("providers[STRIPE].payoutAccountCode", "091");
    chromium.screenshot("stripe-payments-chosen");
    screen.savePayments();
    screen.awaitStatus("Payments and payouts are saved");
    JsonNode stripe =
        business.expect(200, api.get(business.path("payments"))).json().at("/providers/STRIPE");
    assertTrue(stripe.path("recordPayments").asBoolean(), stripe.toString());
    assertEquals("092", stripe.path("accountCode").asText(), stripe.toString());
    assertEquals("404", stripe.path("feeAccountCode").asText(), stripe.toString());
    assertEquals("NONE", stripe.path("feeTaxType").asText(), stripe.toString());
    assertEquals("091", stripe.path("payoutAccountCode").asText(), stripe.toString());

    // Switched off, the accounts stay (greyed out) for when it is switched on again.
    screen.recordPayments("STRIPE", false);
    assertFalse(screen.field("providers[STRIPE].accountCode").isEnabled());
    screen.recordPayments("STRIPE", true);
    assertEquals("092", screen.field("providers[STRIPE].accountCode").getAttribute("value"));

    // A clearing account that takes payments but is no bank account cannot pay out in Xero.
    screen.choose("providers[STRIPE].accountCode", "090");
    screen.savePayments();
    var error = screen.awaitFieldError("providers[STRIPE].accountCode");
    assertTrue(error.getText().contains("is not a bank account"), error.getText());
    assertEquals("stripe-account", screen.focused().getAttribute("id"), "focus on the error");
    assertEquals(
        "true", screen.field("providers[STRIPE].accountCode").getAttribute("aria-invalid"));
    chromium.screenshot("clearing-account-not-a-bank-account");
    screen.choose("providers[STRIPE].accountCode", "092");

    SettingsScreen.ReconciliationRow row = screen.refreshReconciliation("092");
    assertTrue(row.account().startsWith("092"), row.toString());
    assertTrue(row.providers().contains("Stripe"), row.toString());
    chromium.screenshot("reconciliation");
  }

  /** Quoox's app at Xero as arquillian.xml configures the module (as OAuth2ConnectIT does). */
  private static void registerQuooxAppAtTheSandbox() {
    String redirect =
        "http://localhost:"
            + System.getProperty("it.http.port", "8080")
            + "/quoox-xero/api/xero/oauth/callback";
    try {
      XeroSandbox.shared().registerOAuthApp("quoox-it-app", "quoox-it-app-secret", redirect);
    } catch (IllegalArgumentException alreadyRegistered) {
      // another test of this JVM registered it
    }
  }
}
