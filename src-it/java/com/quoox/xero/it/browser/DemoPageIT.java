package com.quoox.xero.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.demo.run.DemoLauncher;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The demo page in headless Chromium, as a newcomer uses it after {@code mvn -Pdemo verify}: the
 * demo business connected as {@link DemoLauncher} connects it, a sale becomes an invoice, a refund
 * of one item a credit note, and the card payment pays the invoice in the sandbox. Screenshots go
 * to {@code ${quoox.build.dir}/screenshots/demoPageShowsSaleInvoiceCreditNoteAndPayment/}.
 */
@ExtendWith(ArquillianExtension.class)
class DemoPageIT {

  private static final Duration XERO = Duration.ofSeconds(60);
  private static final HttpClient HTTP = WildFlyHttp.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModuleDeployment.withDemoShop();
  }

  @ArquillianResource URL deploymentUrl;

  private HeadlessChromium chromium;

  @AfterEach
  void closeChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void demoPageShowsSaleInvoiceCreditNoteAndPayment() throws Exception {
    XeroSandbox sandbox = XeroSandbox.shared();
    String tenantId = DemoLauncher.addDemoOrganisation(sandbox);
    DemoLauncher.connectDemoBusiness(new ModuleApi(deploymentUrl));

    // The demo's owner, though the page itself asks for no sign-in: the demo shop reads the log.
    chromium =
        HeadlessChromium.start(
            "demoPageShowsSaleInvoiceCreditNoteAndPayment",
            ModuleApi.User.DEMO_OWNER.name(),
            ModuleApi.User.DEMO_OWNER.password());
    URL page = new URL("http", "localhost", deploymentUrl.getPort(), deploymentUrl.getFile());
    int sandboxPort = URI.create(sandbox.baseUrl()).getPort();
    String demoPage =
        page.toString().replaceAll("/+$", "") + "/demo/index.html?sandbox=" + sandboxPort;
    chromium.driver.get(demoPage);
    Eventually.await(
        "the empty sync log", XERO, () -> byId("empty").isDisplayed(), Boolean::booleanValue);
    assertEquals("status", byId("news").getAttribute("role"), "changes are announced politely");
    chromium.screenshot("nothing-sold-yet");

    // Sell: the sale's row says "In Xero" with the invoice's number, linked to the sandbox.
    byId("sell").click();
    String saleNumber =
        matching(Pattern.compile("Sold (S-\\d+)"), () -> byId("news").getText()).group(1);
    WebElement sale = awaitRow("Sale " + saleNumber, "In Xero");
    WebElement invoiceLink = sale.findElement(By.cssSelector("a"));
    String invoiceNumber = invoiceLink.getText();
    String invoiceHref = invoiceLink.getAttribute("href");
    assertTrue(invoiceNumber.startsWith("INV-"), invoiceNumber);
    Eventually.await(
        "the news of the invoice",
        XERO,
        () -> byId("news").getText(),
        news -> news.contains(invoiceNumber));
    HttpResponse<String> invoicePage = get(invoiceHref);
    assertEquals(200, invoicePage.statusCode());
    assertTrue(invoicePage.body().contains("Invoice " + invoiceNumber), "the sandbox's page of it");
    chromium.screenshot("sold-and-in-xero");

    // Refund one item: a credit note row follows.
    row("Sale " + saleNumber)
        .findElement(By.cssSelector("button[data-action=refund-one-item]"))
        .click();
    WebElement refund = awaitRow("Refund " + saleNumber + "-R1", "In Xero");
    String creditNoteNumber = refund.findElement(By.cssSelector("a")).getText();
    assertTrue(creditNoteNumber.startsWith("CN-"), creditNoteNumber);
    chromium.screenshot("one-item-refunded");

    // Record a card payment: the invoice is paid in the sandbox.
    row("Sale " + saleNumber)
        .findElement(By.cssSelector("button[data-action=card-payment]"))
        .click();
    Eventually.await(
        "the payment row in Xero",
        XERO,
        () -> rowText("//tr[@data-kind='PAYMENT']"),
        text -> text.contains("In Xero"));
    JsonNode invoice =
        Eventually.await(
            invoiceNumber + " paid in the sandbox's JSON",
            XERO,
            () -> sandboxInvoice(sandbox, tenantId, invoiceNumber),
            i -> "PAID".equals(i.path("Status").asText()));
    assertEquals(0, invoice.path("AmountDue").decimalValue().signum(), invoice.toString());
    assertEquals(1, invoice.path("CreditNotes").size(), "the refund's credit note is applied");
    chromium.screenshot("paid");

    // The sandbox's page of the invoice, as the link opens it.
    chromium.driver.get(invoiceHref);
    assertEquals("PAID", byId("status").getText());
    chromium.screenshot("invoice-in-the-sandbox");
  }

  private WebElement byId(String id) {
    return chromium.driver.findElement(By.id(id));
  }

  private WebElement row(String what) {
    return chromium.driver.findElement(
        By.xpath("//tbody[@id='rows']/tr[td[1][normalize-space()='" + what + "']]"));
  }

  /** The row of {@code what} once its status reads {@code status}; the log redraws meanwhile. */
  private WebElement awaitRow(String what, String status) {
    Eventually.await(
        what + " " + status,
        XERO,
        () -> rowText("//tbody[@id='rows']/tr[td[1][normalize-space()='" + what + "']]"),
        text -> text.contains(status));
    return row(what);
  }

  private String rowText(String xpath) {
    try {
      return chromium.driver.findElement(By.xpath(xpath)).getText();
    } catch (NoSuchElementException | StaleElementReferenceException notYet) {
      return "";
    }
  }

  private static Matcher matching(Pattern pattern, Supplier<String> text) {
    String found =
        Eventually.await("text matching " + pattern, XERO, text, t -> pattern.matcher(t).find());
    Matcher matcher = pattern.matcher(found);
    matcher.find();
    return matcher;
  }

  /** The invoice as the sandbox console's JSON ({@code /_sandbox/invoices}) shows it. */
  private static JsonNode sandboxInvoice(XeroSandbox sandbox, String tenantId, String number) {
    try {
      JsonNode all =
          new ObjectMapper().readTree(get(sandbox.baseUrl() + "/_sandbox/invoices").body());
      for (JsonNode tenant : all) {
        if (tenantId.equals(tenant.path("tenantId").asText())) {
          for (JsonNode invoice : tenant.path("invoices")) {
            if (number.equals(invoice.path("InvoiceNumber").asText())) {
              return invoice;
            }
          }
        }
      }
      return new ObjectMapper().createObjectNode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> get(String url) throws IOException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
