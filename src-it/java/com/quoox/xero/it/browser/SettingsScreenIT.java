package com.quoox.xero.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.QuooxAppAtXero;
import com.quoox.xero.it.support.TestBusiness;
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
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
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
    assertEquals(
        "for " + business.id,
        screen.byId("business-name").getText(),
        "the name BusinessNames gives, the id without a host bean");
    assertFalse(
        screen.byId("mode-private").isDisplayed(),
        "the retired private app is offered only to businesses that already use it");
    assertTrue(screen.byId("connect-xero").isEnabled(), "the app is set up on the test server");
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
        List.of("", "200", "260"),
        screen.optionsOf("sales.accountCode").stream().sorted().toList(),
        "'Choose…' and Xero's active income accounts (201 is archived)");
    assertEquals(List.of("Revenue"), screen.optionGroupsOf("sales.accountCode"));
    assertEquals(screen.optionsOf("sales.accountCode"), screen.optionsOf("shipping.accountCode"));
    assertEquals(
        List.of("", "090", "091", "092", "093", "094", "095", "200", "260", "404", "610", "860"),
        screen.optionsOf("roundingAccount").stream().sorted().toList(),
        "rounding may go to any active account");
    assertTrue(
        screen.optionGroupsOf("roundingAccount").containsAll(List.of("Bank accounts", "Revenue")),
        screen.optionGroupsOf("roundingAccount").toString());
    // Allowed but unusual: said beside the choice, not refused.
    screen.choose("roundingAccount", "091");
    assertTrue(
        screen.choiceWarning("roundingAccount").contains("is a bank account"),
        screen.choiceWarning("roundingAccount"));
    chromium.screenshot("unusual-rounding-account");
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
    assertEquals("", screen.choiceWarning("roundingAccount"), "a usual choice has no warning");
    screen.choose("roundingTaxType", "NONE");
    assertEquals(
        "Approved: payments can be applied",
        new org.openqa.selenium.support.ui.Select(screen.field("invoiceStatus"))
            .getFirstSelectedOption()
            .getText());
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
    assertEquals(
        "Note",
        screen
            .byId("sync-table")
            .findElement(org.openqa.selenium.By.xpath(".//thead//th[7]"))
            .getText());
    assertTrue(
        screen.syncCell(first.saleNumber(), "amount").contains("8.40"),
        "the sale's total charged: " + screen.syncCell(first.saleNumber(), "amount"));
    chromium.atPhoneWidth(
        () -> {
          assertEquals(List.of(), screen.layoutProblems(), "fits a phone");
          assertTrue(screen.cellLabels("sync-table").contains("Amount"), "cards label values");
        });
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
    assertTrue(
        error
            .getText()
            .startsWith("Xero did not accept this Client ID and Client Secret together."),
        "what happened and what to do, in plain words: " + error.getText());
    assertTrue(
        error
            .findElement(org.openqa.selenium.By.className("detail"))
            .getText()
            .contains("invalid_client"),
        "Xero's code on a small detail line: " + error.getText());
    assertEquals(business.id + "-client", screen.byId("client-id").getAttribute("value"));
    assertTrue(
        screen
            .byId("custom-connection-form")
            .getText()
            .contains("What you typed is kept, except the secret: type it again."),
        "says what is kept");
    var secret = screen.byId("client-secret");
    assertEquals("true", secret.getAttribute("aria-invalid"));
    assertTrue(
        secret.getAttribute("aria-describedby").contains(error.getAttribute("id")),
        "the error is announced with the field");
    assertEquals("client-secret", screen.focused().getAttribute("id"), "focus on the first error");
    assertEquals("NOT_CONNECTED", screen.connectionStatus());
    chromium.screenshot("wrong-secret");
  }

  /**
   * Private apps are offered only to a business that already connects that way: it can download its
   * certificate again and save new keys, after confirming it replaces a working connection.
   */
  @Test
  void legacyPrivateAppIsOfferedToItsUsersAndReplacingItAsksFirst() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    // Connected before Xero retired private apps (here through the API, as the page no longer
    // offers a new one).
    String certificate =
        api.download(
                "POST",
                business.path("connection/private-app/certificate"),
                "application/x-x509-ca-cert")
            .body();
    String consumerKey = "CK" + business.id.replace("-", "").toUpperCase();
    XeroSandbox.shared()
        .addPrivateApp(consumerKey, "CS-" + business.id, certificate, "Legacy " + business.id);
    business.expect(
        200,
        api.put(
            business.path("connection/private-app"),
            "{\"consumerKey\": \""
                + consumerKey
                + "\", \"consumerSecret\": \"CS-"
                + business.id
                + "\"}"));
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitConnectionStatus("CONNECTED");
    assertTrue(screen.byId("mode-private").isSelected(), "its own way of connecting");
    assertTrue(
        screen.byId("private-app-form").getText().contains("Xero retired private apps"),
        "the page says plainly that private apps are retired");

    assertEquals(
        certificate.strip(),
        screen.downloadCertificate(chromium.downloads()).strip(),
        "the same one again");
    assertEquals("download-certificate", screen.focused().getAttribute("id"), "focus kept");
    chromium.screenshot("certificate-downloaded");

    screen.connectWithPrivateApp(consumerKey, "CS-" + business.id);
    assertTrue(screen.answerConfirmation(false).contains("Replace that connection?"));
    screen.awaitStatus("Nothing was changed");
    screen.connectWithPrivateApp(consumerKey, "CS-" + business.id);
    screen.answerConfirmation(true);
    screen.awaitStatus("Connected to Legacy " + business.id);
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
  void aSaleWhoseInvoiceWasVoidedInXeroIsShownSoAndSentAgainFromTheSyncLog() throws IOException {
    XeroSandbox.shared().subscribeWebhooks(api.uri("xero/webhooks"), "it-webhook-key-not-a-secret");
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String voided = business.awaitSyncStatus(sale.saleNumber(), "SENT").path("xeroId").asText();
    business.xero.voidInvoice(voided).orElseThrow();
    openSettings(ModuleApi.User.OPERATOR, business.id);

    Eventually.await(
        "the sync log shows the invoice voided in Xero",
        Duration.ofSeconds(30),
        () -> refreshedSyncStatus(sale.saleNumber()),
        text -> text.contains("Voided in Xero"));
    assertTrue(
        screen.byTestId("webhook-status").getText().contains("/api/xero/webhooks"),
        screen.byTestId("webhook-status").getText());
    screen.chooseForVoided(
        sale.saleNumber(),
        "send-again",
        sale.saleNumber() + " is being sent to Xero again as a new invoice.");

    Eventually.await(
        "the sale sent again",
        Duration.ofSeconds(30),
        () -> refreshedSyncStatus(sale.saleNumber()),
        text -> text.startsWith("Sent") && text.contains("sent again ×1"));
    chromium.screenshot("sent-again-after-void");
    assertEquals(2, business.awaitInvoices(2).size());
  }

  /** The status cell of the sale's row after a refresh; empty while the rows are replaced. */
  private String refreshedSyncStatus(String number) {
    try {
      screen.byId("sync-refresh").click();
      return screen.syncCell(number, "status");
    } catch (StaleElementReferenceException | NoSuchElementException replaced) {
      return "";
    }
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
    String declined = screen.declineRetryAll();
    assertEquals("Send every entry that needs attention to Xero again?", declined);
    assertEquals("NEEDS_ATTENTION", business.syncEntry(first.saleNumber()).path("status").asText());
    String asked = screen.retryAll("2 entries are being sent to Xero again.");
    assertEquals(declined, asked);

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
  void recentChangesSayWhoChangedTheSalesAccountAndWhen() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitRecentChange("Category bakery added"); // saved through the API before opening

    screen.awaitMappingsForm();
    screen.choose("sales.accountCode", "260");
    screen.saveMappings();

    String line = screen.awaitRecentChange("Sales account 200 → 260");
    assertTrue(line.contains(ModuleApi.User.OPERATOR.name()), "the user's name: " + line);
    assertTrue(line.contains("Account and tax coding"), line);
    String first = screen.byId("audit-list").findElements(By.tagName("li")).get(0).getText();
    assertEquals(line, first, "the newest change comes first");
    WebElement time = screen.byId("audit-list").findElement(By.tagName("time"));
    assertFalse(time.getText().isBlank(), "when, in the viewer's own time");
    assertTrue(line.startsWith(time.getText()), line);
    chromium.screenshot("recent-changes");
  }

  @Test
  void aBusinessThatNeverConnectedChoosesFromWhichDayItsSalesGoAndTheyGoOnce() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    SaleCompleted before = business.cafeSale();
    business.sell(before); // today, before the first connection
    openSettings(ModuleApi.User.OPERATOR, business.id);
    assertTrue(screen.byId("sync-start-form").isDisplayed(), "offered before the first connection");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    screen.chooseSyncStart(today);
    chromium.screenshot("sync-start-chosen");

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    screen.connectWithCustomConnection(business.id + "-client", business.id + "-secret");
    screen.awaitConnectionStatus("CONNECTED");
    assertFalse(
        screen.byId("sync-start-form").isDisplayed(), "chosen once, at the first connection");
    screen.awaitSyncRow(before.saleNumber(), "SENT");
    chromium.screenshot("sale-made-before-connecting-sent");
    assertEquals(1, business.awaitInvoices(1).size());
  }

  @Test
  void resendingADaySendsTheSalesMadeBeforeTheBusinessConnected() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted before = business.cafeSale();
    business.expect(200, api.fire("demo/past-sales", before));
    openSettings(ModuleApi.User.OPERATOR, business.id);
    assertEquals(null, screen.syncRow(before.saleNumber()), "not in the sync log yet");

    LocalDate day = LocalDate.ofInstant(before.completedAt(), ZoneOffset.UTC);
    String asked = screen.declineResend(day, day);
    assertTrue(asked.contains("Send the sales and refunds of " + day), asked);
    assertEquals(null, screen.syncRow(before.saleNumber()), "declined: nothing resent");
    String said = screen.resend(day, day);

    assertTrue(said.contains(": 1 sent to Xero now."), said);
    screen.awaitSyncRow(before.saleNumber(), "SENT");
    chromium.screenshot("resent-day-sent");
    assertEquals(before.saleNumber(), business.awaitInvoices(1).get(0).path("Reference").asText());
  }

  @Test
  void connectToXeroComesBackToThePageToChooseAmongTheAuthorisedOrganisations() throws IOException {
    QuooxAppAtXero.register();
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
    assertFalse(
        screen.byTestId("connection-tenant-id").isDisplayed(),
        "the tenant id is folded under Details");
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
    chromium.atPhoneWidth(
        () -> {
          assertEquals(List.of(), screen.layoutProblems(), "fits a phone");
          assertTrue(
              screen.cellLabels("reconciliation-table").contains("Balance in Xero"),
              "each card labels its values: " + screen.cellLabels("reconciliation-table"));
        });
    chromium.screenshot("reconciliation");
  }

  @Test
  void testingTheConnectionKeepsUnsavedCodingAndLeavingThePageWarns() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitMappingsForm();
    assertFalse(screen.leavingWarns(), "nothing edited yet");

    screen.choose("categories[bakery].accountCode", "260");
    screen.type("reference-template", "INV-{number}");
    assertTrue(
        screen.byId("reference-example").getText().contains("INV-{number} → INV-S-1001"),
        screen.byId("reference-example").getText());
    assertTrue(screen.leavingWarns(), "edits not saved: leaving asks first");

    String result = screen.testConnection();
    assertTrue(result.startsWith("✓ It works."), "shown beside the button: " + result);
    assertEquals("test-connection", screen.focused().getAttribute("id"), "focus back on Test");
    assertEquals("260", screen.field("categories[bakery].accountCode").getAttribute("value"));
    assertEquals("INV-{number}", screen.byId("reference-template").getAttribute("value"));
    chromium.screenshot("tested-with-edits-kept");

    // The message bar stays in view but never over what the owner moves to; and it closes.
    assertTrue(screen.byId("status-bar").isDisplayed());
    assertFalse(screen.statusCovers(screen.byId("save-mappings")), "Save is not under the bar");
    assertFalse(screen.statusCovers(screen.byId("add-category")), "Add is not under the bar");
    chromium.screenshot("message-bar-scrolled");
    screen.byId("status-close").click();
    assertFalse(screen.byId("status-bar").isDisplayed(), "closed");

    screen.saveMappings();
    assertFalse(screen.leavingWarns(), "saved: nothing to lose");
    assertEquals(
        "INV-{number}",
        business
            .expect(200, api.get(business.path("mappings")))
            .json()
            .path("referenceTemplate")
            .asText());
  }

  @Test
  void connectToXeroIsShownUnavailableWithTheReasonWhenTheServerCannotStartIt() throws Exception {
    String businessId = TestBusiness.unconnected(api).id;
    try (ServerSwitch off = ServerSwitch.set(deploymentUrl, "quoox.xero.oauth.enabled", "false")) {
      openSettings(ModuleApi.User.OPERATOR, businessId);

      assertFalse(screen.byId("connect-xero").isEnabled(), "not a button to an error page");
      assertTrue(
          screen.byId("oauth-unavailable").getText().contains("switched off on this server"),
          screen.byId("oauth-unavailable").getText());
      assertTrue(
          screen.byId("oauth-unavailable").getText().contains("Custom Connection"),
          "says what to do instead");
      chromium.screenshot("connect-to-xero-unavailable");
    }
  }

  @Test
  void paymentsTheOwnerChoseNotToRecordAreHiddenUntilAsked() throws IOException {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale =
        TestBusiness.paid(
            business.cafeSale(),
            TestBusiness.payment(
                com.quoox.xero.events.PaymentProvider.STRIPE, "8.40", "ch_" + business.id));
    business.sell(sale);
    business.awaitSyncStatus("ch_" + business.id, "SKIPPED");
    openSettings(ModuleApi.User.OPERATOR, business.id);
    screen.awaitSyncRow(sale.saleNumber(), "SENT");

    assertEquals(null, screen.syncRow("ch_" + business.id), "hidden by default");
    assertTrue(screen.byId("sync-hidden-count").getText().startsWith("1 payment(s)"));
    chromium.screenshot("not-recorded-hidden");

    screen.byId("sync-show-not-recorded").click();
    SettingsScreen.Row payment = screen.syncRow("ch_" + business.id);
    assertTrue(payment.lastError().startsWith("Not recorded:"), payment.toString());
    assertTrue(screen.syncCell("ch_" + business.id, "amount").contains("8.40"));
    assertEquals("Not recorded", screen.syncCell("ch_" + business.id, "status"));
    chromium.screenshot("not-recorded-shown");
  }

  @Test
  void errorsAreSaidInPlainWordsWithTheCodeAsDetail() throws IOException {
    TestBusiness business = TestBusiness.unconnected(api);
    openSettings(ModuleApi.User.OPERATOR, business.id);

    var key = screen.plainWords("Xero refused the consumer key: consumer_key_unknown");
    assertTrue(key.get("text").startsWith("Xero does not know this Consumer Key."), key.toString());
    assertTrue(key.get("detail").contains("consumer_key_unknown"), key.toString());
    var day = screen.plainWords("must be a day as YYYY-MM-DD");
    assertTrue(day.get("text").contains("Pick the day with the calendar"), day.toString());
    var unknown = screen.plainWords("Something Quoox has no words for");
    assertEquals("Something Quoox has no words for", unknown.get("text"), "passed on as said");
    chromium.screenshot("not-connected-for-words");
  }

  @Test
  void theDemoPageHasNoSeriousAccessibilityProblems() throws IOException {
    chromium =
        HeadlessChromium.start(
            testName, ModuleApi.User.OPERATOR.name(), ModuleApi.User.OPERATOR.password());
    URL demo = new URL("http", "localhost", deploymentUrl.getPort(), deploymentUrl.getFile());
    chromium.driver.get(demo.toString().replaceAll("/+$", "") + "/demo/index.html");
    chromium.screenshot("demo");
  }
}
