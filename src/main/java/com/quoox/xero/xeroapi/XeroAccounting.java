package com.quoox.xero.xeroapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.xero.api.ApiClient;
import com.xero.api.XeroApiExceptionHandler;
import com.xero.api.XeroBadRequestException;
import com.xero.api.XeroForbiddenException;
import com.xero.api.XeroNotFoundException;
import com.xero.api.XeroRateLimitException;
import com.xero.api.XeroUnauthorizedException;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.Allocations;
import com.xero.models.accounting.BankTransaction;
import com.xero.models.accounting.BankTransactions;
import com.xero.models.accounting.BankTransfer;
import com.xero.models.accounting.BankTransfers;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.CreditNotes;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Invoices;
import com.xero.models.accounting.Payment;
import com.xero.models.accounting.Payments;
import com.xero.models.accounting.ReportWithRow;
import com.xero.models.accounting.TaxRate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The Accounting API calls the module makes, through the SDK's own models and client. Every create
 * carries an {@code Idempotency-Key}; since Xero is reported to keep keys for minutes only, the
 * module never relies on it alone.
 *
 * <p>Policy, for the business: a read that fails with a Xero hiccup (5xx, network error, a call
 * slower than 20 s) is retried twice within the same send. A create is retried here only when it
 * never reached Xero (connection refused, unknown host): after a timeout, a 5xx or a lost answer
 * the document may exist, so the create goes back to the dispatcher, which looks it up before
 * sending it again. A validation error, a 429 or an authorisation problem is not retried here but
 * handed back, so the dispatcher can park the sale for a person, wait as long as Xero asked, or
 * fetch a new token. (Each create names its own retry: annotation values must be literals.) When
 * half of the last 10 calls could not reach Xero at all (connection refused, unknown host, TLS
 * failure), the breaker stops calling for 10 s. It counts only those failures, which hit every
 * business alike: the breaker is one for the whole application (MicroProfile FT keeps one per
 * method), so counting one organisation's 5xx or timeouts would stop every other business's sales
 * too. A failing organisation is spared by the per-business lanes and the retry backoff instead.
 * The policy is on the class so it is the same for every call.
 */
@ApplicationScoped
@Timeout(20_000)
@Retry(
    maxRetries = 2,
    delay = 300,
    jitter = 200,
    abortOn = {
      XeroBadRequestException.class,
      XeroRateLimitException.class,
      XeroUnauthorizedException.class,
      XeroForbiddenException.class,
      XeroNotFoundException.class
    })
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 10_000,
    failOn = {ConnectException.class, UnknownHostException.class, SSLException.class})
public class XeroAccounting {

  /** Lets Xero take unit prices with up to 4 decimal places (DESIGN §4). */
  private static final int UNIT_DECIMAL_PLACES = 4;

  /** A batch of 50 invoices takes Xero far longer than one: its own, longer, timeout. */
  static final int BATCH_TIMEOUT_MILLIS = 60_000;

  /** Xero's own page size for lists: a look-up names at most this many references. */
  public static final int MAX_REFERENCES_PER_LOOKUP = 50;

  @Inject XeroEndpoints endpoints;

  @Inject PrivateAppSigning privateAppSigning;

  @Inject XeroCallMeter callMeter;

  private static final ObjectMapper JSON = new ObjectMapper();

  private AccountingApi api;

  /** The same client with a read timeout that suits a batch of 50 invoices. */
  private AccountingApi batchApi;

  @PostConstruct
  void init() {
    int timeoutMillis = (int) endpoints.httpTimeout().toMillis();
    api = client(timeoutMillis);
    // Three single calls' time (30 s by default), within the batch's own fault-tolerance timeout.
    batchApi = client(Math.min(3 * timeoutMillis, BATCH_TIMEOUT_MILLIS - 5_000));
  }

  private AccountingApi client(int readTimeoutMillis) {
    // Legacy private apps are signed in the transport (OAuth 1.0a); other calls pass unchanged.
    ApiClient client =
        new ApiClient(
            endpoints.apiBaseUrl(),
            // Measured: latency and Xero's remaining rate limits, per call (XeroCallMeter).
            new MeteredTransport(
                new SigningTransport(new NetHttpTransport(), privateAppSigning), callMeter),
            null,
            null,
            null);
    client.setConnectionTimeout((int) endpoints.httpTimeout().toMillis());
    client.setReadTimeout(readTimeoutMillis);
    // Not AccountingApi.getInstance: that is a JVM-wide singleton bound to the first base path.
    return new AccountingApi(client);
  }

  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public Invoice createInvoice(XeroSession session, Invoice invoice, String idempotencyKey)
      throws IOException {
    Invoices created =
        api.createInvoices(
            session.accessToken(),
            session.tenantId(),
            new Invoices().addInvoicesItem(invoice),
            idempotencyKey,
            true,
            UNIT_DECIMAL_PLACES);
    return created.getInvoices().get(0);
  }

  /**
   * Creates up to 50 invoices in one call with {@code summarizeErrors=false}: Xero answers 200 with
   * each invoice in the order sent, the refused ones carrying their own {@code ValidationErrors}
   * (DESIGN §4), so one bad sale never holds back the others.
   */
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  @Timeout(BATCH_TIMEOUT_MILLIS)
  public List<Invoice> createInvoices(
      XeroSession session, List<Invoice> invoices, String idempotencyKey) throws IOException {
    return batchApi
        .createInvoices(
            session.accessToken(),
            session.tenantId(),
            new Invoices().invoices(invoices),
            idempotencyKey,
            false,
            UNIT_DECIMAL_PLACES)
        .getInvoices();
  }

  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public CreditNote createCreditNote(
      XeroSession session, CreditNote creditNote, String idempotencyKey) throws IOException {
    CreditNotes created =
        api.createCreditNotes(
            session.accessToken(),
            session.tenantId(),
            new CreditNotes().addCreditNotesItem(creditNote),
            idempotencyKey,
            true,
            UNIT_DECIMAL_PLACES);
    return created.getCreditNotes().get(0);
  }

  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public void allocate(
      XeroSession session, UUID creditNoteId, Allocations allocations, String idempotencyKey)
      throws IOException {
    api.createCreditNoteAllocation(
        session.accessToken(), session.tenantId(), creditNoteId, allocations, idempotencyKey, true);
  }

  /**
   * The invoice already in Xero for this reference, if any. Used before re-creating after an
   * unknown outcome, since how long Xero remembers an idempotency key is not documented.
   */
  public Optional<Invoice> findInvoice(XeroSession session, String reference) throws IOException {
    return Optional.ofNullable(findInvoices(session, List.of(reference)).get(reference));
  }

  /**
   * The invoices already in Xero for these references (at most {@link #MAX_REFERENCES_PER_LOOKUP}),
   * by reference, in one call: a batch whose answer was lost is looked up at once, and only the
   * missing invoices are sent again. Voided and deleted ones do not count.
   */
  public Map<String, Invoice> findInvoices(XeroSession session, List<String> references)
      throws IOException {
    if (references.isEmpty()) {
      return Map.of();
    }
    String anyOf = anyReference(references);
    Invoices found =
        api.getInvoices(
            session.accessToken(),
            session.tenantId(),
            null,
            "Type==\"ACCREC\" AND " + anyOf,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            UNIT_DECIMAL_PLACES,
            null);
    Map<String, Invoice> byReference = new HashMap<>();
    for (Invoice invoice : found.getInvoices()) {
      if (invoice.getStatus() != Invoice.StatusEnum.VOIDED
          && invoice.getStatus() != Invoice.StatusEnum.DELETED
          && invoice.getReference() != null
          && references.contains(invoice.getReference())) {
        byReference.putIfAbsent(invoice.getReference(), invoice);
      }
    }
    return byReference;
  }

  /**
   * The invoices of these ids (at most {@link #MAX_REFERENCES_PER_LOOKUP}), voided and deleted ones
   * included, in one call: what webhooks said changed is read once per batch, within the
   * organisation's 60 calls a minute. Ids Xero does not know are left out of the answer.
   */
  public List<Invoice> invoicesByIds(XeroSession session, List<UUID> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > MAX_REFERENCES_PER_LOOKUP) {
      throw new IllegalArgumentException("At most 50 invoices per look-up");
    }
    return api.getInvoices(
            session.accessToken(),
            session.tenantId(),
            null,
            null,
            null,
            ids,
            null,
            null,
            null,
            null,
            null,
            null,
            UNIT_DECIMAL_PLACES,
            null)
        .getInvoices();
  }

  /**
   * A page (of 100) of the sales invoices modified in Xero since {@code since} ({@code
   * If-Modified-Since}), voided and deleted ones included: what changed there without webhooks.
   */
  public List<Invoice> invoicesModifiedSince(XeroSession session, Instant since, int page)
      throws IOException {
    org.threeten.bp.OffsetDateTime modifiedSince =
        org.threeten.bp.OffsetDateTime.ofInstant(
            org.threeten.bp.Instant.ofEpochMilli(since.toEpochMilli()),
            org.threeten.bp.ZoneOffset.UTC);
    return api.getInvoices(
            session.accessToken(),
            session.tenantId(),
            modifiedSince,
            "Type==\"ACCREC\"",
            null,
            null,
            null,
            null,
            null,
            page,
            null,
            null,
            UNIT_DECIMAL_PLACES,
            null)
        .getInvoices();
  }

  /** An invoice by its id. */
  public Invoice invoice(XeroSession session, UUID invoiceId) throws IOException {
    return api.getInvoice(session.accessToken(), session.tenantId(), invoiceId, UNIT_DECIMAL_PLACES)
        .getInvoices()
        .get(0);
  }

  /** A credit note by its id, e.g. to see how much of it is still to allocate. */
  public CreditNote creditNote(XeroSession session, UUID creditNoteId) throws IOException {
    return api.getCreditNote(
            session.accessToken(), session.tenantId(), creditNoteId, UNIT_DECIMAL_PLACES)
        .getCreditNotes()
        .get(0);
  }

  /** As {@link #findInvoice}, for credit notes. */
  public Optional<CreditNote> findCreditNote(XeroSession session, String reference)
      throws IOException {
    CreditNotes found =
        api.getCreditNotes(
            session.accessToken(),
            session.tenantId(),
            null,
            "Type==\"ACCRECCREDIT\" AND Reference==" + quoted(reference),
            null,
            null,
            UNIT_DECIMAL_PLACES);
    return found.getCreditNotes().stream()
        .filter(
            c ->
                c.getStatus() != CreditNote.StatusEnum.VOIDED
                    && c.getStatus() != CreditNote.StatusEnum.DELETED)
        .findFirst();
  }

  /**
   * A payment on an invoice or a credit note (DESIGN §4: into an account with payments enabled).
   */
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public Payment createPayment(XeroSession session, Payment payment, String idempotencyKey)
      throws IOException {
    return api.createPayments(
            session.accessToken(),
            session.tenantId(),
            new Payments().addPaymentsItem(payment),
            idempotencyKey,
            true)
        .getPayments()
        .get(0);
  }

  /**
   * Creates up to 50 payments in one call with {@code summarizeErrors=false}: as for invoices, Xero
   * answers 200 with each payment, the refused ones carrying their own {@code ValidationErrors}, so
   * one payment Xero refuses never holds back the others (DESIGN §4).
   */
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  @Timeout(BATCH_TIMEOUT_MILLIS)
  public List<Payment> createPayments(
      XeroSession session, List<Payment> payments, String idempotencyKey) throws IOException {
    return batchApi
        .createPayments(
            session.accessToken(),
            session.tenantId(),
            new Payments().payments(payments),
            idempotencyKey,
            false)
        .getPayments();
  }

  /** The payments already in Xero with this Reference, deleted ones left out. */
  public List<Payment> findPayments(XeroSession session, String reference) throws IOException {
    return findPayments(session, List.of(reference));
  }

  /**
   * The payments already in Xero with any of these references (at most {@link
   * #MAX_REFERENCES_PER_LOOKUP}), deleted ones left out, in one call: a batch whose answer was lost
   * is looked up at once.
   */
  public List<Payment> findPayments(XeroSession session, List<String> references)
      throws IOException {
    if (references.isEmpty()) {
      return List.of();
    }
    return api
        .getPayments(
            session.accessToken(), session.tenantId(), null, anyReference(references), null, null)
        .getPayments()
        .stream()
        .filter(p -> p.getStatus() != Payment.StatusEnum.DELETED)
        .toList();
  }

  /** Spend or receive money in a bank account. */
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public BankTransaction createBankTransaction(
      XeroSession session, BankTransaction transaction, String idempotencyKey) throws IOException {
    return api.createBankTransactions(
            session.accessToken(),
            session.tenantId(),
            new BankTransactions().addBankTransactionsItem(transaction),
            idempotencyKey,
            true,
            UNIT_DECIMAL_PLACES)
        .getBankTransactions()
        .get(0);
  }

  /** The bank transaction already in Xero with this Reference, if any (deleted or voided not). */
  public Optional<BankTransaction> findBankTransaction(XeroSession session, String reference)
      throws IOException {
    return api
        .getBankTransactions(
            session.accessToken(),
            session.tenantId(),
            null,
            "Reference==" + quoted(reference),
            null,
            null,
            null)
        .getBankTransactions()
        .stream()
        .filter(t -> t.getStatus() == BankTransaction.StatusEnum.AUTHORISED)
        .findFirst();
  }

  /** Money moved between two bank accounts of the organisation. */
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ConnectException.class, UnknownHostException.class})
  public BankTransfer createBankTransfer(
      XeroSession session, BankTransfer transfer, String idempotencyKey) throws IOException {
    return api.createBankTransfer(
            session.accessToken(),
            session.tenantId(),
            new BankTransfers().addBankTransfersItem(transfer),
            idempotencyKey)
        .getBankTransfers()
        .get(0);
  }

  /**
   * The bank transfer already in Xero with this Reference, if any (the SDK's model has no status: a
   * transfer deleted by hand still counts, so it is never recorded twice).
   */
  public Optional<BankTransfer> findBankTransfer(XeroSession session, String reference)
      throws IOException {
    return api
        .getBankTransfers(
            session.accessToken(),
            session.tenantId(),
            null,
            "Reference==" + quoted(reference),
            null)
        .getBankTransfers()
        .stream()
        .findFirst();
  }

  /**
   * Xero's Bank Summary report up to {@code day}: the closing balance of each bank account (needs
   * the {@code accounting.reports.read} scope).
   */
  public ReportWithRow bankSummary(XeroSession session, LocalDate day) throws IOException {
    org.threeten.bp.LocalDate xeroDay =
        org.threeten.bp.LocalDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    return api.getReportBankSummary(
            session.accessToken(), session.tenantId(), xeroDay.withDayOfMonth(1), xeroDay)
        .getReports()
        .get(0);
  }

  /**
   * The organisation as the module needs it (name, base currency, time zone, lock dates), read from
   * Xero's JSON itself: the SDK's model throws on time zones its enum lacks ({@code UTC+13}).
   */
  public OrganisationSummary organisationSummary(String token, String tenantId) throws IOException {
    HttpResponse response;
    try {
      response = api.getOrganisationsForHttpResponse(token, tenantId);
    } catch (HttpResponseException e) {
      // Xero's refusals as the SDK's typed exceptions (401, 403, 429, …), as for every other call.
      new XeroApiExceptionHandler().execute(e);
      throw e;
    }
    try (InputStream body = response.getContent()) {
      return OrganisationSummary.of(JSON.readTree(body));
    } finally {
      response.disconnect();
    }
  }

  /** The organisation's chart of accounts, archived accounts included (the caller filters). */
  public List<Account> accounts(XeroSession session) throws IOException {
    return api.getAccounts(session.accessToken(), session.tenantId(), null, null, "Code ASC")
        .getAccounts();
  }

  /** The organisation's tax rates, deleted ones included (the caller filters). */
  public List<TaxRate> taxRates(XeroSession session) throws IOException {
    return api.getTaxRates(session.accessToken(), session.tenantId(), null, null, null)
        .getTaxRates();
  }

  /** A string literal of Xero's {@code where} filter language. */
  /** A where clause matching any of {@code references}, at most one page of Xero's. */
  private static String anyReference(List<String> references) {
    if (references.size() > MAX_REFERENCES_PER_LOOKUP) {
      throw new IllegalArgumentException("At most 50 references per look-up");
    }
    return references.stream()
        .map(r -> "Reference==" + quoted(r))
        .collect(Collectors.joining(" OR ", "(", ")"));
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
