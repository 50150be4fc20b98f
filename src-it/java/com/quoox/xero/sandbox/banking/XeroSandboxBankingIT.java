package com.quoox.xero.sandbox.banking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.xero.api.ApiClient;
import com.xero.api.XeroBadRequestException;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.BankTransaction;
import com.xero.models.accounting.BankTransactions;
import com.xero.models.accounting.BankTransfer;
import com.xero.models.accounting.BankTransfers;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.CreditNotes;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Invoices;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import com.xero.models.accounting.Payment;
import com.xero.models.accounting.Payments;
import com.xero.models.accounting.ReportCell;
import com.xero.models.accounting.ReportRow;
import com.xero.models.accounting.ReportRows;
import com.xero.models.accounting.ReportWithRow;
import com.xero.models.accounting.RowType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.bp.LocalDate;
import org.threeten.bp.ZoneOffset;

/**
 * Money reconciled through clearing bank accounts, driven with the xero-java SDK as the module does
 * and with raw HTTP: refunds paid on credit notes, spend money, bank transfers and the Bank Summary
 * report. One tenant per test; every call passes the OpenAPI contract or it would be answered 400
 * with ErrorNumber 14.
 */
public class XeroSandboxBankingIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static XeroSandbox sandbox;
  private static AccountingApi api;

  private String tenantId;
  private String token;

  @BeforeAll
  public static void startSandbox() {
    Path spec = XeroSandbox.contract();
    sandbox = XeroSandbox.start(0, spec);
    // Not AccountingApi.getInstance(): that JVM-wide singleton may be bound to another IT's
    // sandbox.
    api = new AccountingApi(new ApiClient(sandbox.apiBaseUrl(), null, null, null, null));
  }

  @AfterAll
  public static void stopSandbox() {
    sandbox.stop();
  }

  @Test
  public void refundOnACreditNoteIsPaidOutOfAClearingAccountUntilNoCreditRemains()
      throws Exception {
    connect();
    UUID creditNoteId = creditNote(30.00).getCreditNoteID();

    HttpResponse<String> first =
        send(
            "PUT",
            "/Payments",
            "{\"Payments\":[{\"CreditNote\":{\"CreditNoteID\":\""
                + creditNoteId
                + "\"},\"Account\":{\"Code\":\"092\"},\"Date\":\""
                + TODAY
                + "\",\"Amount\":12.00,\"Reference\":\"re_123\"}]}");
    assertEquals(200, first.statusCode(), first.body());
    JsonNode payment = JSON.readTree(first.body()).at("/Payments/0");
    assertEquals("ARCREDITPAYMENT", payment.path("PaymentType").asText());
    assertEquals(creditNoteId.toString(), payment.at("/CreditNote/CreditNoteID").asText());
    assertEquals(new BigDecimal("18.00"), creditNoteJson().path("RemainingCredit").decimalValue());
    assertEquals("AUTHORISED", creditNoteJson().path("Status").asText());

    XeroBadRequestException excess =
        assertThrows(XeroBadRequestException.class, () -> refund(creditNoteId, 18.01, "re_456"));
    assertEquals(
        "Payment amount exceeds the amount outstanding on this document",
        excess.getElements().get(0).getValidationErrors().get(0).getMessage());

    refund(creditNoteId, 18.00, "re_456");
    JsonNode settled = creditNoteJson();
    assertEquals("PAID", settled.path("Status").asText());
    assertEquals(0, settled.path("RemainingCredit").decimalValue().signum());
    assertEquals(2, settled.path("Payments").size());
    List<Payment> found =
        api.getPayments(token, tenantId, null, "Reference==\"re_123\"", null, null).getPayments();
    assertEquals(1, found.size());
    assertEquals(creditNoteId, found.get(0).getCreditNote().getCreditNoteID());
    assertEquals(12.00, found.get(0).getAmount());
  }

  @Test
  public void spendMoneyFromABankAccountIsTotalledAndFoundByReference() throws Exception {
    connect();
    BankTransaction fees =
        spend("092", "Stripe fees po_1", line("Stripe fees", 2.10, "404", "NONE"));
    fees.setLineAmountTypes(LineAmountTypes.INCLUSIVE);
    BankTransaction vat = spend("091", "Card reader", line("Card reader", 12.00, "404", "INPUT2"));
    vat.setLineAmountTypes(LineAmountTypes.INCLUSIVE);

    List<BankTransaction> created =
        api.createBankTransactions(
                token,
                tenantId,
                new BankTransactions().bankTransactions(List.of(fees, vat)),
                null,
                true,
                null)
            .getBankTransactions();

    assertEquals(2.10, created.get(0).getTotal());
    assertEquals(BankTransaction.TypeEnum.SPEND, created.get(0).getType());
    assertEquals(BankTransaction.StatusEnum.AUTHORISED, created.get(0).getStatus());
    assertEquals("092", created.get(0).getBankAccount().getCode());
    assertNotNull(created.get(0).getBankTransactionID());
    assertEquals(12.00, created.get(1).getTotal());
    assertEquals(2.00, created.get(1).getTotalTax());
    assertEquals(10.00, created.get(1).getSubTotal());
    List<BankTransaction> found =
        api.getBankTransactions(
                token, tenantId, null, "Reference==\"Stripe fees po_1\"", null, null, null)
            .getBankTransactions();
    assertEquals(1, found.size());
    assertEquals(created.get(0).getBankTransactionID(), found.get(0).getBankTransactionID());
    assertEquals("Stripe", found.get(0).getContact().getName());
    assertTrue(console().contains("Stripe fees po_1"), "the console shows the bank transaction");
  }

  @Test
  public void spendMoneyFromAnAccountThatIsNotOfTypeBankIsRefused() throws Exception {
    connect();
    BankTransaction fromClearing = spend("090", "Fees", line("Fees", 2.10, "404", "NONE"));
    BankTransaction unknownLine = spend("092", "Fees", line("Fees", 2.10, "999", "NONE"));

    BankTransactions answer =
        api.createBankTransactions(
            token,
            tenantId,
            new BankTransactions().bankTransactions(List.of(fromClearing, unknownLine)),
            null,
            false,
            null);

    assertEquals(
        "Account '090' is not a bank account: the BankAccount must be an account of Type BANK.",
        answer.getBankTransactions().get(0).getValidationErrors().get(0).getMessage());
    assertEquals(
        "Account code '999' is not a valid code for this document.",
        answer.getBankTransactions().get(1).getValidationErrors().get(0).getMessage());
    assertTrue(sandbox.tenant(tenantId).bankTransactions().isEmpty());
  }

  @Test
  public void sameIdempotencyKeyTwiceCreatesOneBankTransaction() throws Exception {
    connect();
    BankTransactions fees =
        new BankTransactions()
            .bankTransactions(List.of(spend("092", "Fees", line("Fees", 2.10, "404", "NONE"))));

    UUID first =
        api.createBankTransactions(token, tenantId, fees, "fees-po_1", true, null)
            .getBankTransactions()
            .get(0)
            .getBankTransactionID();
    UUID second =
        api.createBankTransactions(token, tenantId, fees, "fees-po_1", true, null)
            .getBankTransactions()
            .get(0)
            .getBankTransactionID();

    assertEquals(first, second);
    assertEquals(1, sandbox.tenant(tenantId).bankTransactions().size());
  }

  @Test
  public void bankTransferMovesMoneyBetweenTwoBankAccounts() throws Exception {
    connect();
    BankTransfer created = transfer("092", "091", 67.90, "po_1");

    assertNotNull(created.getBankTransferID());
    assertNotNull(created.getFromBankTransactionID());
    assertNotNull(created.getToBankTransactionID());
    assertEquals("092", created.getFromBankAccount().getCode());
    assertEquals("091", created.getToBankAccount().getCode());
    assertEquals(67.90, created.getAmount());
    JsonNode stored = sandbox.tenant(tenantId).bankTransfers().get(0);
    assertEquals("AUTHORISED", stored.path("Status").asText());
    List<BankTransfer> found =
        api.getBankTransfers(token, tenantId, null, "Reference==\"po_1\"", null).getBankTransfers();
    assertEquals(1, found.size());
    assertEquals(created.getBankTransferID(), found.get(0).getBankTransferID());
  }

  @Test
  public void sameIdempotencyKeyTwiceCreatesOneBankTransfer() throws Exception {
    connect();
    BankTransfer payout =
        new BankTransfer()
            .fromBankAccount(new Account().code("092"))
            .toBankAccount(new Account().code("091"))
            .amount(67.90)
            .reference("po_1");
    payout.setDate(TODAY);
    BankTransfers body = new BankTransfers().bankTransfers(List.of(payout));

    UUID first =
        api.createBankTransfer(token, tenantId, body, "payout-po_1")
            .getBankTransfers()
            .get(0)
            .getBankTransferID();
    UUID second =
        api.createBankTransfer(token, tenantId, body, "payout-po_1")
            .getBankTransfers()
            .get(0)
            .getBankTransferID();

    assertEquals(first, second);
    assertEquals(1, sandbox.tenant(tenantId).bankTransfers().size());
  }

  @Test
  public void transferWithinOneAccountOrFromAnAccountNotOfTypeBankIsRefused() throws Exception {
    connect();
    XeroBadRequestException same =
        assertThrows(XeroBadRequestException.class, () -> transfer("092", "092", 10.00, "po_2"));
    assertEquals(
        "The FromBankAccount and ToBankAccount must be different bank accounts.",
        same.getElements().get(0).getValidationErrors().get(0).getMessage());

    XeroBadRequestException clearing =
        assertThrows(XeroBadRequestException.class, () -> transfer("090", "091", 10.00, "po_3"));
    assertEquals(
        "Account '090' is not a bank account: the FromBankAccount must be an account of Type BANK.",
        clearing.getElements().get(0).getValidationErrors().get(0).getMessage());
    assertTrue(sandbox.tenant(tenantId).bankTransfers().isEmpty());
  }

  @Test
  public void transferWithoutTheAmountTheContractRequiresBreaksTheContract() throws Exception {
    connect();
    HttpResponse<String> response =
        send(
            "PUT",
            "/BankTransfers",
            "{\"BankTransfers\":[{\"FromBankAccount\":{\"Code\":\"092\"},"
                + "\"ToBankAccount\":{\"Code\":\"091\"}}]}");

    assertEquals(400, response.statusCode());
    JsonNode error = JSON.readTree(response.body());
    assertEquals(14, error.path("ErrorNumber").asInt(), response.body());
    assertTrue(error.path("Message").asText().contains("Amount"), response.body());
  }

  @Test
  public void bankSummaryClosesTheStripeAccountAtZeroAfterAPayout() throws Exception {
    connect();
    Invoice invoice = invoice(100.00);
    pay(invoice.getInvoiceID(), 100.00, "092");
    refund(creditNote(30.00).getCreditNoteID(), 30.00, "re_123");
    api.createBankTransactions(
        token,
        tenantId,
        new BankTransactions()
            .bankTransactions(
                List.of(spend("092", "Stripe fees po_1", line("Fees", 2.10, "404", "NONE")))),
        null,
        true,
        null);
    transfer("092", "091", 67.90, "po_1");

    ReportWithRow report =
        api.getReportBankSummary(token, tenantId, TODAY.withDayOfMonth(1), TODAY)
            .getReports()
            .get(0);

    assertEquals("Bank Summary", report.getReportName());
    List<String> header = values(report.getRows().get(0).getCells());
    assertEquals(
        List.of(
            "Bank Accounts", "Opening Balance", "Cash Received", "Cash Spent", "Closing Balance"),
        header);
    ReportRows section = report.getRows().get(1);
    assertEquals(RowType.SECTION, section.getRowType());
    assertEquals(List.of("Stripe", "0.00", "100.00", "100.00", "0.00"), row(section, "Stripe"));
    assertEquals(
        List.of("Business Bank Account", "0.00", "67.90", "0.00", "67.90"),
        row(section, "Business Bank Account"));
    ReportCell stripe = rowCells(section, "Stripe").get(0);
    assertEquals("accountID", stripe.getAttributes().get(0).getId());
    assertEquals(
        ChartOfAccounts.account("092").orElseThrow().id().toString(),
        stripe.getAttributes().get(0).getValue());
    assertEquals(List.of("Total", "0.00", "167.90", "100.00", "67.90"), row(section, "Total"));
    assertEquals(new BigDecimal("0.00"), sandbox.tenant(tenantId).balance("092"));
    assertEquals(new BigDecimal("67.90"), sandbox.tenant(tenantId).balance("091"));

    ReportRows tomorrow =
        api.getReportBankSummary(token, tenantId, TODAY.plusDays(1), TODAY.plusDays(1))
            .getReports()
            .get(0)
            .getRows()
            .get(1);
    assertEquals(
        List.of("Business Bank Account", "67.90", "0.00", "0.00", "67.90"),
        row(tomorrow, "Business Bank Account"),
        "what moved before the period is its opening balance");
    assertTrue(
        sandbox.tenant(tenantId).requests().stream().allMatch(r -> r.status() == 200),
        "every call passed the contract: " + sandbox.tenant(tenantId).requests());
  }

  // Lock dates: https://help.xero.com/us/Settings_LockDate ("on or before"); the message as
  // reported in https://github.com/waynerobinson/xeroizer/issues/92.
  @Test
  public void lockDatesRefuseEveryPostingDatedOnOrBeforeThem() throws Exception {
    connect();
    Invoice open = invoice(100.00);
    UUID credit = creditNote(30.00).getCreditNoteID();
    assertNull(api.getOrganisations(token, tenantId).getOrganisations().get(0).getPeriodLockDate());
    sandbox
        .tenant(tenantId)
        .lockDates(java.time.LocalDate.of(2013, 7, 31), java.time.LocalDate.of(2013, 3, 31));
    LocalDate locked = LocalDate.of(2013, 7, 31);
    String period =
        "The document date cannot be before the period lock date, currently set at 31-Jul-2013";

    Invoice sale =
        new Invoice()
            .type(Invoice.TypeEnum.ACCREC)
            .contact(new Contact().name("Cash sales"))
            .status(Invoice.StatusEnum.AUTHORISED)
            .lineItems(List.of(line("Sale", 10.00, "200", "OUTPUT2")));
    sale.setDate(locked);
    assertEquals(
        period, refusal(() -> api.createInvoices(token, tenantId, one(sale), null, true, 4)));
    sale.setDate(LocalDate.of(2013, 3, 31));
    assertEquals(
        "The document date cannot be before the end of year lock date, currently set at"
            + " 31-Mar-2013",
        refusal(() -> api.createInvoices(token, tenantId, one(sale), null, true, 4)));
    sale.setStatus(Invoice.StatusEnum.DRAFT);
    api.createInvoices(token, tenantId, one(sale), null, true, 4);
    sale.setStatus(Invoice.StatusEnum.AUTHORISED);
    sale.setDate(LocalDate.of(2013, 8, 1));
    api.createInvoices(token, tenantId, one(sale), null, true, 4);

    CreditNote note =
        new CreditNote()
            .type(CreditNote.TypeEnum.ACCRECCREDIT)
            .contact(new Contact().name("Cash sales"))
            .status(CreditNote.StatusEnum.AUTHORISED)
            .lineItems(List.of(line("Refund", 5.00, "200", "OUTPUT2")));
    note.setDate(locked);
    assertEquals(
        period,
        refusal(
            () ->
                api.createCreditNotes(
                    token, tenantId, new CreditNotes().creditNotes(List.of(note)), null, true, 4)));
    Payment payment =
        new Payment()
            .invoice(new Invoice().invoiceID(open.getInvoiceID()))
            .account(new Account().code("092"))
            .amount(10.00);
    payment.setDate(locked);
    assertEquals(
        period,
        refusal(
            () ->
                api.createPayments(
                    token, tenantId, new Payments().payments(List.of(payment)), null, true)));
    BankTransaction fees = spend("092", "Fees", line("Fees", 2.10, "404", "NONE"));
    fees.setDate(locked);
    assertEquals(
        period,
        refusal(
            () ->
                api.createBankTransactions(
                    token,
                    tenantId,
                    new BankTransactions().bankTransactions(List.of(fees)),
                    null,
                    true,
                    null)));
    BankTransfer payout =
        new BankTransfer()
            .fromBankAccount(new Account().code("092"))
            .toBankAccount(new Account().code("091"))
            .amount(10.00);
    payout.setDate(locked);
    assertEquals(
        period,
        refusal(
            () ->
                api.createBankTransfer(
                    token, tenantId, new BankTransfers().bankTransfers(List.of(payout)), null)));
    com.xero.models.accounting.Allocation allocation =
        new com.xero.models.accounting.Allocation()
            .amount(10.00)
            .invoice(new Invoice().invoiceID(open.getInvoiceID()));
    allocation.setDate(locked);
    assertEquals(
        period,
        refusal(
            () ->
                api.createCreditNoteAllocation(
                    token,
                    tenantId,
                    credit,
                    new com.xero.models.accounting.Allocations().allocations(List.of(allocation)),
                    null,
                    true)));

    assertEquals(3, sandbox.tenant(tenantId).invoices().size(), "the open one, a draft, 1 Aug");
    assertTrue(sandbox.tenant(tenantId).payments().isEmpty());
    assertTrue(sandbox.tenant(tenantId).bankTransactions().isEmpty());
    assertTrue(sandbox.tenant(tenantId).bankTransfers().isEmpty());
    assertTrue(sandbox.tenant(tenantId).allocations().isEmpty());
    com.xero.models.accounting.Organisation org =
        api.getOrganisations(token, tenantId).getOrganisations().get(0);
    assertEquals(locked, org.getPeriodLockDateAsDate());
    assertEquals(LocalDate.of(2013, 3, 31), org.getEndOfYearLockDateAsDate());
    HttpResponse<String> raw = send("GET", "/Organisation", "");
    assertEquals(
        "/Date(1375228800000+0000)/",
        JSON.readTree(raw.body()).at("/Organisations/0/PeriodLockDate").asText());
  }

  // A bank account may have no Code (Payment.Code in Xero's OpenAPI contract: "not all accounts
  // have a code value"); Xero takes it by AccountID:
  // https://gist.github.com/SerKnight/6d54ec61011509ae4a38915645c6e23f
  @Test
  public void bankAccountWithoutACodeIsNamedByItsAccountId() throws Exception {
    connect();
    UUID square = UUID.fromString(sandbox.tenant(tenantId).addBankAccountWithoutCode("Square"));
    Account listed =
        api.getAccounts(token, tenantId, null, null, null).getAccounts().stream()
            .filter(a -> square.equals(a.getAccountID()))
            .findFirst()
            .orElseThrow();
    assertNull(listed.getCode());
    assertEquals(com.xero.models.accounting.AccountType.BANK, listed.getType());

    Payment payment =
        new Payment()
            .invoice(new Invoice().invoiceID(invoice(100.00).getInvoiceID()))
            .account(new Account().accountID(square))
            .amount(100.00)
            .reference("sq_1");
    payment.setDate(TODAY);
    Payment paid =
        api.createPayments(token, tenantId, new Payments().payments(List.of(payment)), null, true)
            .getPayments()
            .get(0);
    assertEquals(square, paid.getAccount().getAccountID());
    assertNull(paid.getAccount().getCode());

    BankTransaction fees =
        new BankTransaction()
            .type(BankTransaction.TypeEnum.SPEND)
            .bankAccount(new Account().accountID(square))
            .contact(new Contact().name("Square"))
            .lineAmountTypes(LineAmountTypes.NOTAX)
            .reference("Square fees")
            .lineItems(List.of(line("Fees", 2.10, "404", "NONE")));
    fees.setDate(TODAY);
    BankTransaction spent =
        api.createBankTransactions(
                token,
                tenantId,
                new BankTransactions().bankTransactions(List.of(fees)),
                null,
                true,
                null)
            .getBankTransactions()
            .get(0);
    assertEquals(square, spent.getBankAccount().getAccountID());
    assertNull(spent.getBankAccount().getCode());

    BankTransfer payout =
        new BankTransfer()
            .fromBankAccount(new Account().accountID(square))
            .toBankAccount(new Account().code("091"))
            .amount(97.90);
    payout.setDate(TODAY);
    BankTransfer moved =
        api.createBankTransfer(
                token, tenantId, new BankTransfers().bankTransfers(List.of(payout)), null)
            .getBankTransfers()
            .get(0);
    assertEquals(square, moved.getFromBankAccount().getAccountID());

    assertEquals(new BigDecimal("0.00"), sandbox.tenant(tenantId).balance(square.toString()));
    ReportRows section =
        api.getReportBankSummary(token, tenantId, TODAY.withDayOfMonth(1), TODAY)
            .getReports()
            .get(0)
            .getRows()
            .get(1);
    assertEquals(List.of("Square", "0.00", "100.00", "100.00", "0.00"), row(section, "Square"));
  }

  private static Invoices one(Invoice invoice) {
    return new Invoices().invoices(List.of(invoice));
  }

  /** The one validation message Xero gave for the refused element. */
  private static String refusal(org.junit.jupiter.api.function.Executable call) {
    XeroBadRequestException e = assertThrows(XeroBadRequestException.class, call);
    return e.getElements().get(0).getValidationErrors().get(0).getMessage();
  }

  // ---- helpers: documents and money

  private Invoice invoice(double amount) throws IOException {
    Invoice invoice =
        new Invoice()
            .type(Invoice.TypeEnum.ACCREC)
            .contact(new Contact().name("Cash sales"))
            .lineAmountTypes(LineAmountTypes.INCLUSIVE)
            .status(Invoice.StatusEnum.AUTHORISED)
            .lineItems(List.of(line("Sale", amount, "200", "OUTPUT2")));
    invoice.setDate(TODAY);
    invoice.setDueDate(TODAY);
    return api.createInvoices(
            token, tenantId, new Invoices().invoices(List.of(invoice)), null, true, null)
        .getInvoices()
        .get(0);
  }

  private CreditNote creditNote(double amount) throws IOException {
    CreditNote note =
        new CreditNote()
            .type(CreditNote.TypeEnum.ACCRECCREDIT)
            .contact(new Contact().name("Cash sales"))
            .lineAmountTypes(LineAmountTypes.INCLUSIVE)
            .status(CreditNote.StatusEnum.AUTHORISED)
            .lineItems(List.of(line("Refund", amount, "200", "OUTPUT2")));
    note.setDate(TODAY);
    return api.createCreditNotes(
            token, tenantId, new CreditNotes().creditNotes(List.of(note)), null, true, null)
        .getCreditNotes()
        .get(0);
  }

  private void pay(UUID invoiceId, double amount, String accountCode) throws IOException {
    Payment payment =
        new Payment()
            .invoice(new Invoice().invoiceID(invoiceId))
            .account(new Account().code(accountCode))
            .amount(amount)
            .reference("ch_1");
    payment.setDate(TODAY);
    api.createPayments(token, tenantId, new Payments().payments(List.of(payment)), null, true);
  }

  private void refund(UUID creditNoteId, double amount, String reference) throws IOException {
    Payment payment =
        new Payment()
            .creditNote(new CreditNote().creditNoteID(creditNoteId))
            .account(new Account().code("092"))
            .amount(amount)
            .reference(reference);
    payment.setDate(TODAY);
    api.createPayments(token, tenantId, new Payments().payments(List.of(payment)), null, true);
  }

  private static BankTransaction spend(String bankAccount, String reference, LineItem line) {
    BankTransaction transaction =
        new BankTransaction()
            .type(BankTransaction.TypeEnum.SPEND)
            .bankAccount(new Account().code(bankAccount))
            .contact(new Contact().name("Stripe"))
            .lineAmountTypes(LineAmountTypes.NOTAX)
            .reference(reference)
            .status(BankTransaction.StatusEnum.AUTHORISED)
            .lineItems(List.of(line));
    transaction.setDate(TODAY);
    return transaction;
  }

  private BankTransfer transfer(String from, String to, double amount, String reference)
      throws IOException {
    BankTransfer transfer =
        new BankTransfer()
            .fromBankAccount(new Account().code(from))
            .toBankAccount(new Account().code(to))
            .amount(amount)
            .reference(reference);
    transfer.setDate(TODAY);
    return api.createBankTransfer(
            token, tenantId, new BankTransfers().bankTransfers(List.of(transfer)), null)
        .getBankTransfers()
        .get(0);
  }

  private static LineItem line(String description, double amount, String account, String tax) {
    return new LineItem()
        .description(description)
        .quantity(1.0)
        .unitAmount(amount)
        .accountCode(account)
        .taxType(tax);
  }

  private JsonNode creditNoteJson() {
    return sandbox.tenant(tenantId).creditNotes().get(0);
  }

  // ---- helpers: the report

  private static List<String> row(ReportRows section, String firstCell) {
    return values(rowCells(section, firstCell));
  }

  private static List<ReportCell> rowCells(ReportRows section, String firstCell) {
    return section.getRows().stream()
        .map(ReportRow::getCells)
        .filter(cells -> cells.get(0).getValue().equals(firstCell))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + section));
  }

  private static List<String> values(List<ReportCell> cells) {
    return cells.stream().map(ReportCell::getValue).toList();
  }

  // ---- helpers: connection and raw HTTP

  private void connect() throws Exception {
    String clientId = "bank-" + UUID.randomUUID();
    tenantId = sandbox.addCustomConnection(clientId, "secret", "Payout Cafe " + clientId);
    String basic =
        Base64.getEncoder().encodeToString((clientId + ":secret").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    token = JSON.readTree(response.body()).get("access_token").asText();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("xero-tenant-id", tenantId)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String console() throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
