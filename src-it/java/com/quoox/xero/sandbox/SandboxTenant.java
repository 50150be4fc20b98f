package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.accounting.DocumentKind;
import com.quoox.xero.sandbox.accounting.IdempotencyCache;
import com.quoox.xero.sandbox.accounting.OrganisationSettings;
import com.quoox.xero.sandbox.banking.BankMovements;
import com.quoox.xero.sandbox.banking.Settlements;
import com.quoox.xero.sandbox.faults.FaultPlan;
import com.quoox.xero.sandbox.faults.RandomFaults;
import com.quoox.xero.sandbox.faults.TenantRateLimiter;
import com.quoox.xero.sandbox.http.LoggedRequest;
import com.quoox.xero.sandbox.http.XeroJson;
import com.quoox.xero.sandbox.webhooks.AppWebhook;
import com.quoox.xero.sandbox.webhooks.WebhookEvent;
import com.quoox.xero.sandbox.webhooks.WebhookSubscription;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * One sandbox organisation (a Xero tenant): its books for tests to inspect, its request log, and
 * the knobs that make the next calls fail, wait, be rate limited or lose their answer, so each test
 * can use its own.
 */
public final class SandboxTenant {

  private final UUID tenantId;
  private final String name;
  private final Instant connectedAt = Instant.now();
  public final OrganisationSettings settings = new OrganisationSettings();
  public final Books books = new Books(settings);
  public final Settlements settlements = new Settlements(books);
  public final FaultPlan faults = new FaultPlan();
  public final TenantRateLimiter limiter;
  public final IdempotencyCache idempotency = new IdempotencyCache();
  private final List<LoggedRequest> requests = new CopyOnWriteArrayList<>();
  private final Set<String> revokedScopes = ConcurrentHashMap.newKeySet();
  private volatile boolean disconnectedAtXero;
  private final AppWebhook webhook;
  private volatile boolean webhooksOff;

  public SandboxTenant(UUID tenantId, String name, TenantRateLimiter limiter, AppWebhook webhook) {
    this.tenantId = tenantId;
    this.name = name;
    this.limiter = limiter;
    this.webhook = webhook;
  }

  public String tenantId() {
    return tenantId.toString();
  }

  public String name() {
    return name;
  }

  public Instant connectedAt() {
    return connectedAt;
  }

  /**
   * Archives an account of this organisation's chart, as an accountant does in Xero: it leaves the
   * active list and new documents coding to it are refused.
   */
  public SandboxTenant archiveAccount(String code) {
    synchronized (books) {
      books.archiveAccount(code);
    }
    return this;
  }

  // ---- access

  /**
   * Takes scopes back from every token that reaches this organisation, as a user re-consenting with
   * fewer scopes would: calls that need only those answer 401 AuthorizationUnsuccessful with
   * insufficient_scope. A broad scope still covers its granular ones, so to cut payments off a
   * token holding both revoke {@code accounting.payments} and {@code accounting.transactions}.
   */
  public SandboxTenant revokeScope(String... scopes) {
    revokedScopes.addAll(List.of(scopes));
    return this;
  }

  /** What a token granted {@code scopes} may still use here. */
  public Set<String> granted(Set<String> scopes) {
    Set<String> left = new LinkedHashSet<>(scopes);
    left.removeAll(revokedScopes);
    return left;
  }

  /**
   * The organisation's connection was removed at Xero (by the user, an org deleted, a trial ended):
   * tokens stay valid but every call for it answers 403 AuthenticationUnsuccessful and {@code GET
   * /connections} no longer lists it (https://github.com/XeroAPI/Xero-OpenAPI/issues/585).
   */
  public SandboxTenant disconnectAtXero() {
    disconnectedAtXero = true;
    return this;
  }

  public SandboxTenant reconnectAtXero() {
    disconnectedAtXero = false;
    return this;
  }

  public boolean disconnectedAtXero() {
    return disconnectedAtXero;
  }

  // ---- organisation settings

  /**
   * Sets the organisation's lock dates, as an adviser does in Xero's settings; null leaves one
   * unset. Approved documents, payments, allocations, bank transactions and transfers dated on or
   * before a lock date are refused (https://help.xero.com/us/Settings_LockDate), and {@code GET
   * /Organisation} shows the dates that are set.
   */
  public SandboxTenant lockDates(LocalDate periodLockDate, LocalDate endOfYearLockDate) {
    settings.lockDates(periodLockDate, endOfYearLockDate);
    return this;
  }

  /**
   * Sets the organisation's time zone as Xero names it in Organisation.Timezone (e.g.
   * NEWZEALANDSTANDARDTIME, PACIFICSTANDARDTIME; default GMTSTANDARDTIME); documents sent without a
   * Date are dated today there (Invoice.Date in https://github.com/XeroAPI/Xero-OpenAPI).
   */
  public SandboxTenant timezone(String xeroTimezone) {
    settings.timezone(xeroTimezone);
    return this;
  }

  /**
   * Whether a LineAmount sent must equal Xero's own Quantity × UnitAmount less discount (rounded to
   * 2 dp), as on Xero (the default); when off, the amount sent is ignored and Xero's stored.
   */
  public SandboxTenant checkLineAmounts(boolean check) {
    books.checkLineAmounts = check;
    return this;
  }

  // ---- idempotency

  /**
   * How long an Idempotency-Key's first answer is replayed; afterwards the key is forgotten and the
   * same request is processed afresh. Xero is reported to keep keys about 6 minutes, the default
   * (https://developer.xero.com/documentation/guides/idempotent-requests/idempotency/).
   */
  public SandboxTenant keepIdempotencyKeysFor(Duration lifetime) {
    idempotency.keepKeysFor(lifetime);
    return this;
  }

  /**
   * Forgets every Idempotency-Key at once and remembers none from now on, so every request is
   * processed afresh: proves a client finds what it already created without relying on replay.
   */
  public SandboxTenant neverReplayKeys() {
    idempotency.neverReplay();
    return this;
  }

  /**
   * Adds a bank account without a Code to this organisation's chart, as Xero allows for bank
   * accounts (https://gist.github.com/SerKnight/6d54ec61011509ae4a38915645c6e23f pays into one by
   * AccountID), and returns its AccountID; payments, bank transactions and transfers name it by
   * {@code {"AccountID": ...}}.
   */
  public String addBankAccountWithoutCode(String name) {
    synchronized (books) {
      return books.addBankAccountWithoutCode(name).id().toString();
    }
  }

  // ---- faults

  /**
   * The next {@code times} API calls are answered with {@code status} (e.g. 500, 503) and not
   * processed.
   */
  public SandboxTenant failNext(int times, int status) {
    faults.add(times, new FaultPlan.Fail(status));
    return this;
  }

  /**
   * The next {@code times} API calls get 429 with this Retry-After and X-Rate-Limit-Problem
   * (minute|concurrent|day|appminute); a concurrent one carries no Retry-After, as on Xero.
   */
  public SandboxTenant rateLimitNext(int times, long retryAfterSeconds, String problem) {
    faults.add(times, new FaultPlan.RateLimit(retryAfterSeconds, problem));
    return this;
  }

  /**
   * The next {@code times} API calls are processed only after {@code pause}, to make clients time
   * out.
   */
  public SandboxTenant delayNext(int times, Duration pause) {
    faults.add(times, new FaultPlan.Delay(pause));
    return this;
  }

  /**
   * The next {@code times} creates are processed and stored, and answered with each document's
   * Contact lacking its ContactID: an answer missing a field a client reads, which clients of Xero
   * must survive (the SDK's models make every field optional).
   */
  public SandboxTenant answerWithoutContactIdsNext(int times) {
    faults.answerWithoutContactIds(times);
    return this;
  }

  /**
   * The next {@code times} creates (POST/PUT) are processed and stored, then the connection closes
   * unanswered.
   */
  public SandboxTenant dropAnswerNext(int times) {
    faults.dropAnswers(times, 0);
    return this;
  }

  /**
   * The next {@code times} creates are processed and stored (or replayed), then answered with
   * {@code status} instead.
   */
  public SandboxTenant dropAnswerNext(int times, int status) {
    faults.dropAnswers(times, status);
    return this;
  }

  /** Every API call answers 503 until {@link #up()}. */
  public SandboxTenant down() {
    faults.down(true);
    return this;
  }

  public SandboxTenant up() {
    faults.down(false);
    return this;
  }

  /**
   * Xero on a bad day, until {@link #clearFaults()}: each API call that finds no queued fault is
   * answered 500 or 503 at {@code failShare}, or held {@code pause} first (to make clients time
   * out) at {@code delayShare}; each create that was stored loses its answer at {@code dropShare}.
   * The faults are drawn from {@code seed}, so a run can be repeated.
   */
  public SandboxTenant flaky(
      double failShare, double delayShare, Duration pause, double dropShare, long seed) {
    faults.flaky(new FaultPlan.Flakiness(failShare, delayShare, pause, dropShare), seed);
    return this;
  }

  /** How many faults {@link #flaky} drew for this tenant so far. */
  public RandomFaults randomFaults() {
    return faults.randomFaults();
  }

  /** Forgets every queued fault and brings the tenant up. */
  public SandboxTenant clearFaults() {
    faults.clear();
    return this;
  }

  // ---- an accountant at work in Xero (each change is reported to the app's webhook)

  /**
   * Voids an invoice as an accountant does in Xero: only an AUTHORISED invoice without payments may
   * be voided (payments must be removed first,
   * https://central.xero.com/s/article/Void-an-approved-invoice); then the app's webhook hears of
   * it. Answers the webhook's delivery, or empty when the app registered no webhook.
   */
  public Optional<WebhookSubscription.Delivery> voidInvoice(String invoiceId) {
    synchronized (books) {
      ObjectNode invoice = invoiceToChange(invoiceId);
      if (!"AUTHORISED".equals(XeroJson.text(invoice, "Status"))
          || XeroJson.decimal(invoice, "AmountPaid").signum() != 0) {
        throw new IllegalStateException("Xero voids only unpaid AUTHORISED invoices: " + invoice);
      }
      invoice.put("Status", "VOIDED");
      Books.touch(invoice);
    }
    return notify(invoiceId);
  }

  /**
   * Deletes an invoice as an accountant does in Xero: only a DRAFT or SUBMITTED one may be deleted
   * (an approved one is voided instead); then the app's webhook hears of it.
   */
  public Optional<WebhookSubscription.Delivery> deleteInvoice(String invoiceId) {
    synchronized (books) {
      ObjectNode invoice = invoiceToChange(invoiceId);
      String status = XeroJson.text(invoice, "Status");
      if (!"DRAFT".equals(status) && !"SUBMITTED".equals(status)) {
        throw new IllegalStateException("Xero deletes only DRAFT or SUBMITTED invoices: " + status);
      }
      invoice.put("Status", "DELETED");
      Books.touch(invoice);
    }
    return notify(invoiceId);
  }

  /**
   * Records a payment of {@code amount} into account {@code accountCode} on an invoice, as an
   * accountant does in Xero, with Xero's rules for payments; then the app's webhook hears of it.
   */
  public Optional<WebhookSubscription.Delivery> payInvoice(
      String invoiceId, String amount, String accountCode) {
    synchronized (books) {
      ObjectNode payment = XeroJson.object();
      payment.putObject("Invoice").put("InvoiceID", invoiceId);
      payment.putObject("Account").put("Code", accountCode);
      payment.put("Amount", new BigDecimal(amount));
      List<String> errors = settlements.checkPayment(payment);
      if (!errors.isEmpty()) {
        throw new IllegalStateException("Xero refuses the payment: " + errors);
      }
      settlements.pay(payment);
    }
    return notify(invoiceId);
  }

  /**
   * An event of this organisation's invoice at {@code at}, to send through {@link
   * XeroSandbox#webhooks()} as a test needs (bursts, replays).
   */
  public WebhookEvent invoiceEvent(String invoiceId, Instant at) {
    return webhook.invoiceEvent(tenantId(), invoiceId, at);
  }

  /**
   * This organisation is connected through an app that registered no webhook (a Custom Connection
   * app, say): its changes reach nobody, and an app must poll for them.
   */
  public SandboxTenant withoutWebhooks() {
    webhooksOff = true;
    return this;
  }

  private Optional<WebhookSubscription.Delivery> notify(String invoiceId) {
    return webhooksOff ? Optional.empty() : webhook.invoiceUpdated(tenantId(), invoiceId);
  }

  private ObjectNode invoiceToChange(String invoiceId) {
    return books
        .document(DocumentKind.INVOICE, invoiceId)
        .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
  }

  // ---- inspection (copies in Xero's JSON shape)

  public List<JsonNode> invoices() {
    return read(b -> b.documents(DocumentKind.INVOICE));
  }

  /** How many invoices the books hold, without copying them. */
  public int invoiceCount() {
    synchronized (books) {
      return books.count(DocumentKind.INVOICE);
    }
  }

  public List<JsonNode> creditNotes() {
    return read(b -> b.documents(DocumentKind.CREDIT_NOTE));
  }

  public List<JsonNode> contacts() {
    return read(Books::contacts);
  }

  public List<JsonNode> allocations() {
    return read(b -> b.allocations.stream().map(ObjectNode::deepCopy).toList());
  }

  public List<JsonNode> payments() {
    return read(b -> b.payments.stream().map(ObjectNode::deepCopy).toList());
  }

  /** Spend and receive money transactions, in the order they were created. */
  public List<JsonNode> bankTransactions() {
    return read(b -> b.bankTransactions.stream().map(ObjectNode::deepCopy).toList());
  }

  public List<JsonNode> bankTransfers() {
    return read(b -> b.bankTransfers.stream().map(ObjectNode::deepCopy).toList());
  }

  /**
   * The account's balance at the end of the organisation's today: its payments, bank transactions
   * and transfers dated up to today, the closing balance Bank Summary reports for a BANK account.
   * The account is named by its Code, or by its AccountID when it has no Code.
   */
  public BigDecimal balance(String accountCodeOrId) {
    synchronized (books) {
      ChartOfAccounts.Account account =
          books
              .account(XeroJson.object().put("Code", accountCodeOrId))
              .or(() -> books.account(XeroJson.object().put("AccountID", accountCodeOrId)))
              .orElseThrow(() -> new IllegalArgumentException("no account " + accountCodeOrId));
      return new BankMovements(books).balance(account, settings.today());
    }
  }

  /** Every API call this tenant received, in arrival order of their answers. */
  public List<LoggedRequest> requests() {
    return List.copyOf(requests);
  }

  public void log(LoggedRequest request) {
    requests.add(request);
  }

  private List<JsonNode> read(Function<Books, List<ObjectNode>> query) {
    synchronized (books) {
      return List.copyOf(query.apply(books));
    }
  }
}
