package com.quoox.xero.it.browser;

import com.quoox.xero.it.support.Eventually;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The Xero settings page of one business as a person uses it: by labels, buttons and fields. */
final class SettingsScreen {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;

  SettingsScreen(ChromeDriver driver) {
    this.driver = driver;
  }

  SettingsScreen open(URL deployment, String businessId) {
    driver.get(
        deployment.toString().replaceAll("/+$", "")
            + "/xero/settings.html?businessId="
            + businessId);
    await(
        "the page to start",
        () -> driver.findElement(By.tagName("body")).getAttribute("data-ready"),
        "true"::equals);
    return this;
  }

  String connectionStatus() {
    return byId("connection-state").getAttribute("data-status");
  }

  String awaitConnectionStatus(String status) {
    return await("connection " + status, this::connectionStatus, status::equals);
  }

  /** A detail of the connection, also one folded under "Details" (read without opening it). */
  String connectionDetail(String testid) {
    return driver
        .findElement(By.cssSelector("[data-testid='connection-" + testid + "']"))
        .getAttribute("textContent")
        .trim();
  }

  /** Presses Test connection and answers what the page then shows beside the button. */
  String testConnection() {
    byId("test-connection").click();
    return await(
        "the test's result beside the button",
        () -> byId("test-result").getText(),
        t -> t.startsWith("✓") || t.startsWith("✗"));
  }

  /** Whether leaving the page now would ask first (a beforeunload listener cancels the event). */
  boolean leavingWarns() {
    return (Boolean)
        driver.executeScript(
            "const e = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(e); return e.defaultPrevented;");
  }

  /**
   * What does not fit the window: sideways scrolling, controls cut off at the right edge, table
   * rows not stacked as cards. Empty when the page fits.
   */
  @SuppressWarnings("unchecked")
  List<String> layoutProblems() {
    return (List<String>)
        driver.executeScript(
            "const problems = [];"
                + "const width = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth > width) {"
                + "  problems.push('scrolls sideways: ' + document.documentElement.scrollWidth"
                + "    + ' > ' + width); }"
                + "for (const el of document.querySelectorAll('select, input, button, textarea')) {"
                + "  const r = el.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {"
                + "    problems.push((el.id || el.outerHTML.slice(0, 60)) + ' cut off at '"
                + "      + Math.round(r.left) + '..' + Math.round(r.right)); } }"
                + "for (const tr of document.querySelectorAll('table.log tbody tr')) {"
                + "  if (getComputedStyle(tr).display !== 'block') {"
                + "    problems.push('a row of ' + tr.closest('table').id + ' is not a card'); } }"
                + "return problems;");
  }

  /** Labels of the cells of the first row of a table, as the phone layout shows them. */
  @SuppressWarnings("unchecked")
  List<String> cellLabels(String tableId) {
    return (List<String>)
        driver.executeScript(
            "const tr = document.querySelector('#' + arguments[0] + ' tbody tr');"
                + "return tr ? [...tr.children].map(c => c.dataset.label || '') : [];",
            tableId);
  }

  /**
   * Whether the message bar, stuck to the top of the window, covers {@code element} once it is
   * focused (the browser scrolls a focused element into view as a keyboard user would).
   */
  boolean statusCovers(WebElement element) {
    return (Boolean)
        driver.executeScript(
            "const el = arguments[0];"
                + "window.scrollTo(0, document.documentElement.scrollHeight);"
                + "el.focus();"
                + "const r = el.getBoundingClientRect();"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 2);"
                + "return !(hit === el || el.contains(hit));",
            element);
  }

  /** Plain words the page's own table gives for a message of the API or Xero. */
  @SuppressWarnings("unchecked")
  java.util.Map<String, String> plainWords(String message) {
    return (java.util.Map<String, String>)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import(new URL('words.js', location.href).href)"
                + ".then(m => done(m.plainWords(arguments[0])), e => done({text: 'failed: ' + e}));",
            message);
  }

  void connectWithCustomConnection(String clientId, String clientSecret) {
    byId("mode-custom").click();
    type("client-id", clientId);
    type("client-secret", clientSecret);
    byId("save-custom-connection").click();
  }

  void connectWithPrivateApp(String consumerKey, String consumerSecret) {
    type("consumer-key", consumerKey);
    type("consumer-secret", consumerSecret);
    byId("save-private-app").click();
  }

  /**
   * Presses "Download X509 Certificate" and reads the file the browser saved in {@code downloads}
   * (the page's Content-Security-Policy keeps scripts, the test's too, from reading the Blob link).
   */
  String downloadCertificate(Path downloads) {
    byId("download-certificate").click();
    await(
        "the certificate link", () -> byId("certificate-link").isDisplayed(), Boolean.TRUE::equals);
    Path file = downloads.resolve(byId("certificate-link").getAttribute("download"));
    return await("the downloaded " + file.getFileName(), () -> read(file), t -> !t.isEmpty());
  }

  /** The file's text, empty while the browser has not finished saving it. */
  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Presses "Retry all that need attention", confirms, and waits for the page to say {@code
   * expected}; answers the question the page asked first.
   */
  String retryAll(String expected) {
    byId("retry-all").click();
    String asked = answerConfirmation(true);
    awaitStatus(expected);
    return asked;
  }

  /** Presses "Retry all that need attention" and declines; answers the question asked. */
  String declineRetryAll() {
    byId("retry-all").click();
    return answerConfirmation(false);
  }

  /** Sends the days again (back-fill), confirming, and answers what the page then said. */
  String resend(LocalDate from, LocalDate to) {
    askToResend(from, to);
    answerConfirmation(true);
    return awaitStatus("Found ");
  }

  /** Asks to send the days again and declines; answers the question the page asked. */
  String declineResend(LocalDate from, LocalDate to) {
    askToResend(from, to);
    String asked = answerConfirmation(false);
    awaitStatus("Nothing was resent.");
    return asked;
  }

  private void askToResend(LocalDate from, LocalDate to) {
    setDay("resend-from", from);
    setDay("resend-to", to);
    byId("resend").click();
  }

  /** A date input's value, as the browser's date picker sets it (whatever the locale's format). */
  /** Before the first connection: the first day whose sales go to Xero. */
  void chooseSyncStart(LocalDate day) {
    setDay("sync-start-day", day);
    awaitStatus("Sales from " + day + " on go to Xero once you connect");
  }

  private void setDay(String id, LocalDate day) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        byId(id),
        day.toString());
  }

  /** Picks one of the organisations the user authorised at Xero, by its name. */
  void chooseOrganisation(String name) {
    byId("organisation-choices")
        .findElement(By.xpath(".//label[normalize-space(.)='" + name + "']"))
        .click();
    byId("save-organisation").click();
  }

  /** The page-wide alert, once shown. */
  WebElement awaitPageError() {
    return await("the page's alert", () -> byId("page-error"), WebElement::isDisplayed);
  }

  /** The error shown next to the field the API named, once there. */
  WebElement awaitFieldError(String field) {
    return await(
            "an error next to " + field,
            () ->
                driver.findElements(By.cssSelector(".field-error[data-error-for='" + field + "']")),
            l -> !l.isEmpty())
        .get(0);
  }

  WebElement field(String dataField) {
    return driver.findElement(By.cssSelector("#main [data-field='" + dataField + "']"));
  }

  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  void awaitMappingsForm() {
    await(
        "the coding form",
        () ->
            byId("mappings-form").isDisplayed()
                && byId("mappings-form").getAttribute("aria-busy") == null,
        Boolean.TRUE::equals);
  }

  void addCategory(String name) {
    type("new-category", name);
    byId("add-category").click();
  }

  /** Picks an option of a select by its value (Xero's account code or tax type). */
  void choose(String dataField, String value) {
    WebElement control = field(dataField);
    if (control.getTagName().equals("select")) {
      new Select(control).selectByValue(value);
    } else {
      control.clear();
      control.sendKeys(value);
    }
  }

  List<String> optionsOf(String dataField) {
    return new Select(field(dataField))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  /** The headings the select's options are grouped under (optgroup labels), in order. */
  List<String> optionGroupsOf(String dataField) {
    return field(dataField).findElements(By.tagName("optgroup")).stream()
        .map(g -> g.getAttribute("label"))
        .toList();
  }

  /** The warning beside an allowed but unusual account choice, or "" when there is none. */
  String choiceWarning(String dataField) {
    List<WebElement> notes =
        field(dataField)
            .findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"))
            .findElements(By.cssSelector("[data-testid='choice-warning']"));
    return notes.isEmpty() ? "" : notes.get(0).getText();
  }

  /** Picks "Invoices in Xero": {@code PER_SALE} or {@code DAILY_SUMMARY}. */
  void chooseInvoicing(String mode) {
    WebElement choice =
        driver.findElement(By.cssSelector("input[name=invoicing][value=\"" + mode + "\"]"));
    // Into the middle of the window, clear of the status line pinned to its top.
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", choice);
    choice.click();
  }

  void saveMappings() {
    clickCentred(byId("save-mappings"));
    awaitStatus("The account and tax coding is saved");
  }

  void awaitPaymentsForm() {
    await(
        "the payments form",
        () ->
            byId("payments-form").isDisplayed()
                && byId("payments-form").getAttribute("aria-busy") == null,
        Boolean.TRUE::equals);
  }

  /** Turns "Record … payments in Xero" of {@code provider} (e.g. STRIPE) on or off. */
  void recordPayments(String provider, boolean on) {
    WebElement toggle = field("providers[" + provider + "].recordPayments");
    if (toggle.isSelected() != on) {
      toggle.click();
    }
  }

  /** Presses "Save payments and payouts"; what the page says is left to the caller. */
  void savePayments() {
    byId("save-payments").click();
  }

  /** One row of the reconciliation table as read at one moment (Refresh replaces the rows). */
  record ReconciliationRow(
      String account, String providers, String expected, String inXero, String difference) {}

  /**
   * Presses the reconciliation's Refresh and waits for the clearing account's row (each Refresh
   * reads the balances from Xero, so once, not in a loop that would spend Xero's rate limit).
   */
  ReconciliationRow refreshReconciliation(String accountCode) {
    await("the Refresh button", () -> byId("reconciliation-refresh"), WebElement::isEnabled)
        .click();
    awaitStatus("Reconciliation refreshed");
    return await(
        "clearing account " + accountCode + " in the reconciliation",
        () -> reconciliationRow(accountCode),
        row -> true);
  }

  ReconciliationRow reconciliationRow(String accountCode) {
    List<WebElement> rows =
        driver.findElements(
            By.cssSelector(
                "tr[data-testid='reconciliation-row'][data-account='" + accountCode + "']"));
    if (rows.isEmpty()) {
      return null;
    }
    WebElement row = rows.get(0);
    return new ReconciliationRow(
        reconciliationCell(row, "account"),
        reconciliationCell(row, "providers"),
        reconciliationCell(row, "expected"),
        reconciliationCell(row, "in-xero"),
        reconciliationCell(row, "difference"));
  }

  private static String reconciliationCell(WebElement row, String testid) {
    return row.findElement(By.cssSelector("[data-testid='reconciliation-" + testid + "']"))
        .getText();
  }

  /** Accepts (or dismisses) the browser's confirmation the page asked, answering its words. */
  String answerConfirmation(boolean accept) {
    var alert =
        await(
            "the page to ask for confirmation",
            () -> {
              try {
                return driver.switchTo().alert();
              } catch (org.openqa.selenium.NoAlertPresentException e) {
                return null;
              }
            },
            a -> true);
    String text = alert.getText();
    if (accept) {
      alert.accept();
    } else {
      alert.dismiss();
    }
    return text;
  }

  String awaitStatus(String startsWith) {
    return await(
        "status '" + startsWith + "'",
        () -> byId("status").getText(),
        t -> t.startsWith(startsWith));
  }

  /** One item of the readiness panel: its level and what the owner reads. */
  record ReadinessRow(String topic, String level, String text) {}

  /** Waits until the readiness panel has been filled from Xero, then reads its items. */
  List<ReadinessRow> awaitReadiness() {
    await(
        "the readiness check",
        () -> byId("readiness-summary").getText(),
        t -> !t.startsWith("Checking") && !t.startsWith("Connect"));
    return driver.findElements(By.cssSelector("#readiness-items li")).stream()
        .map(
            li ->
                new ReadinessRow(
                    li.getAttribute("data-topic"), li.getAttribute("data-level"), li.getText()))
        .toList();
  }

  /** Waits until "Recent changes" shows a line containing {@code text}, and answers that line. */
  String awaitRecentChange(String text) {
    return await(
        "\"" + text + "\" in Recent changes",
        () ->
            driver.findElements(By.cssSelector("[data-testid='audit-row']")).stream()
                .map(WebElement::getText)
                .filter(line -> line.contains(text))
                .findFirst()
                .orElse(""),
        line -> !line.isEmpty());
  }

  /** A sync log row as read at one moment (a refresh replaces the rows). */
  record Row(String status, String xeroNumber, String xeroLink, String lastError) {}

  /** Presses Refresh until the sale's row shows the status. */
  Row awaitSyncRow(String number, String status) {
    return await(
        number + " " + status + " in the sync log",
        () -> {
          byId("sync-refresh").click();
          return syncRow(number);
        },
        row -> status.equals(row.status()));
  }

  Row syncRow(String number) {
    List<WebElement> rows =
        driver.findElements(
            By.cssSelector("tr[data-testid='sync-row'][data-number='" + number + "']"));
    if (rows.isEmpty()) {
      return null;
    }
    WebElement row = rows.get(0);
    List<WebElement> links = row.findElements(By.cssSelector("[data-testid='sync-xero'] a"));
    return new Row(
        row.getAttribute("data-status"),
        cell(row, "xero"),
        links.isEmpty() ? null : links.get(0).getAttribute("href"),
        cell(row, "last-error"));
  }

  /** One cell of a sale's row in the sync log (e.g. "amount"), as shown now. */
  String syncCell(String number, String testid) {
    return cell(
        driver.findElement(
            By.cssSelector("tr[data-testid='sync-row'][data-number='" + number + "']")),
        testid);
  }

  /** Rows of the sync log now shown with {@code status}. */
  List<WebElement> syncRowsWithStatus(String status) {
    return driver.findElements(
        By.cssSelector("tr[data-testid='sync-row'][data-status='" + status + "']"));
  }

  private static String cell(WebElement row, String testid) {
    return row.findElement(By.cssSelector("[data-testid='sync-" + testid + "']")).getText();
  }

  void retry(String number) {
    driver
        .findElement(By.cssSelector("tr[data-number='" + number + "'] button[data-testid='retry']"))
        .click();
    awaitStatus(number + " is being sent to Xero again");
  }

  /** Presses one of the choices a sale voided in Xero offers ("send-again" or "leave"). */
  void chooseForVoided(String number, String choice, String announced) {
    clickCentred(
        driver.findElement(
            By.cssSelector(
                "tr[data-number='" + number + "'] button[data-testid='" + choice + "']")));
    awaitStatus(announced);
  }

  /** Scrolls the control to the middle of the window first, clear of the sticky message bar. */
  private void clickCentred(WebElement control) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
    control.click();
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  WebElement byTestId(String testid) {
    return driver.findElement(By.cssSelector("[data-testid='" + testid + "']"));
  }

  void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  /** Polls the page; rows replaced by a refresh are simply read again. */
  private static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
    return Eventually.await(
        what,
        PATIENCE,
        () -> {
          try {
            return probe.get();
          } catch (StaleElementReferenceException | NoSuchElementException e) {
            // the page is being replaced (a refresh of rows, or navigation back from Xero)
            return null;
          }
        },
        value -> value != null && done.test(value));
  }
}
