package com.quoox.xero.readiness;

import com.quoox.xero.chart.ChartAccount;
import com.quoox.xero.chart.ChartTaxRate;
import com.quoox.xero.chart.CodingCheck;
import com.quoox.xero.chart.CodingCheck.CodeProblem;
import com.quoox.xero.chart.OrganisationChart;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.chart.PaymentAccountsCheck;
import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.ConnectionStatus;
import com.quoox.xero.connection.XeroConnection;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.dispatch.ReadinessHolds;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what the readiness check needs, live from Xero and from the business's settings and
 * recent sales, and assesses it ({@link Readiness}).
 */
@ApplicationScoped
public class ReadinessCheck {

  /** Account types Xero has for income: where sales, shipping and categories belong. */
  private static final Set<String> INCOME = Set.of("REVENUE", "SALES", "OTHERINCOME");

  /** How many recent sales show the tax rates the tills charge. */
  private static final int RECENT_SALES = 50;

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  @Inject XeroAccounting accounting;

  @Inject OrganisationCharts charts;

  @Inject MappingsRepository mappings;

  @Inject ProviderSettingsRepository providers;

  @Inject OutboxRepository outbox;

  @Inject ReadinessHolds holds;

  /**
   * The business's readiness, item by item.
   *
   * @throws IOException when Xero cannot be reached
   */
  public List<ReadinessItem> of(String businessId) throws IOException {
    List<ReadinessItem> items = assess(businessId);
    // What blocks holds the business's sales (the connection's own state holds them already).
    String blocking =
        items.stream()
            .filter(i -> i.level() == ReadinessItem.Level.BLOCKING)
            .filter(i -> !i.topic().equals("connection"))
            .map(ReadinessItem::title)
            .collect(Collectors.joining("; "));
    if (blocking.isEmpty()) {
      holds.release(businessId);
    } else {
      holds.hold(businessId, blocking);
    }
    return items;
  }

  /** A held business's lane asks again before holding on: a fix made in Xero releases it. */
  void recheck(@Observes ReadinessHolds.RecheckReadiness recheck) throws IOException {
    of(recheck.businessId());
  }

  private List<ReadinessItem> assess(String businessId) throws IOException {
    Optional<XeroConnection> connection = connections.find(businessId);
    if (connection.isEmpty()) {
      return List.of(
          ReadinessItem.blocking(
              "connection",
              "This business is not connected to Xero",
              "Connect in section 1; sales wait until then."));
    }
    if (connection.get().getStatus() != ConnectionStatus.CONNECTED) {
      return List.of(
          ReadinessItem.blocking(
              "connection",
              connection.get().getStatus() == ConnectionStatus.CHOOSING_ORGANISATION
                  ? "Choose the organisation this business sends to"
                  : "Xero no longer accepts the connection",
              "Finish the connection in section 1; sales wait until then."));
    }
    OrganisationChart chart = charts.fresh(businessId);
    BusinessCoding coding = mappings.codingFor(businessId);
    Map<PaymentProvider, ProviderAccounts> payments = providers.forBusiness(businessId);
    List<SaleCompleted> recent = recentSales(businessId);
    List<CodeProblem> codingProblems = new ArrayList<>(CodingCheck.problems(coding, chart));
    codingProblems.addAll(ratesTheTillsUse(recent, coding, chart));
    List<ReadinessItem> items = new ArrayList<>();
    items.add(
        ReadinessItem.ok("connection", "Connected to " + connection.get().getOrganisationName()));
    items.addAll(
        Readiness.assess(
            new Readiness.Facts(
                organisation(businessId),
                recent.isEmpty() ? null : recent.get(0).currency(),
                connection.get().getGrantedScopes(),
                neededScopes(payments),
                connection.get().getMissingScopes(),
                codingProblems,
                unusualAccounts(coding, chart),
                PaymentAccountsCheck.problems(payments, chart),
                LocalDate.now(connection.get().organisationZone()))));
    return items;
  }

  private OrganisationSummary organisation(String businessId) throws IOException {
    return sessions.withSession(
        businessId, s -> accounting.organisationSummary(s.accessToken(), s.tenantId()));
  }

  /** Invoices and contacts always; payments, bank transactions and the bank summary as chosen. */
  private static List<String> neededScopes(Map<PaymentProvider, ProviderAccounts> payments) {
    List<String> needed =
        new ArrayList<>(
            List.of(XeroScopes.INVOICES, XeroScopes.CONTACTS, XeroScopes.SETTINGS_READ));
    boolean records = payments.values().stream().anyMatch(ProviderAccounts::recordPayments);
    if (records) {
      needed.add(XeroScopes.PAYMENTS);
      needed.add(XeroScopes.BANK_SUMMARY);
    }
    if (payments.values().stream()
        .anyMatch(p -> p.recordPayments() && p.payoutAccountCode() != null)) {
      needed.add(XeroScopes.BANK_TRANSACTIONS);
    }
    return needed;
  }

  private List<SaleCompleted> recentSales(String businessId) {
    return outbox.recentSalePayloads(businessId, RECENT_SALES).stream()
        .map(json -> OutboxPayload.read(json, SaleCompleted.class))
        .toList();
  }

  /**
   * A category whose tills charge another rate than its tax type has in Xero: Xero computes the tax
   * at its own rate, so the invoice's total would differ from the charge.
   */
  private static List<CodeProblem> ratesTheTillsUse(
      List<SaleCompleted> recent, BusinessCoding coding, OrganisationChart chart) {
    Map<String, CodeProblem> problems = new LinkedHashMap<>();
    for (SaleCompleted sale : recent) {
      for (SaleLine line : sale.lines()) {
        AccountCoding mapped = coding.codingFor(line.category());
        Optional<BigDecimal> xeroRate =
            chart.taxRate(mapped.taxType()).map(ChartTaxRate::effectiveRate);
        if (line.taxRate() != null
            && xeroRate.isPresent()
            && xeroRate.get().compareTo(line.taxRate()) != 0) {
          String field = line.category() == null ? "sales" : "categories[" + line.category() + "]";
          problems.putIfAbsent(
              field + ".taxType",
              new CodeProblem(
                  field + ".taxType",
                  "The tills charge "
                      + line.taxRate().stripTrailingZeros().toPlainString()
                      + " % tax on "
                      + (line.category() == null ? "sales" : line.category())
                      + ", but "
                      + mapped.taxType()
                      + " is "
                      + xeroRate.get().stripTrailingZeros().toPlainString()
                      + " % in Xero"));
        }
      }
    }
    return List.copyOf(problems.values());
  }

  /** Sales coded to accounts that are not income accounts (a bank, receivables, fees). */
  private static List<CodeProblem> unusualAccounts(BusinessCoding coding, OrganisationChart chart) {
    Map<String, AccountCoding> used = new LinkedHashMap<>();
    used.put("sales", coding.sales());
    used.put("shipping", coding.shipping());
    coding.byCategory().forEach((category, c) -> used.put("categories[" + category + "]", c));
    List<CodeProblem> warnings = new ArrayList<>();
    used.forEach(
        (field, c) ->
            chart
                .account(c.accountCode())
                .filter(account -> account.type() != null && !INCOME.contains(account.type()))
                .ifPresent(account -> warnings.add(notIncome(field, account))));
    return warnings;
  }

  private static CodeProblem notIncome(String field, ChartAccount account) {
    return new CodeProblem(
        field + ".accountCode",
        "Account "
            + account.code()
            + " ("
            + account.name()
            + ") is not an income account, so sales coded to it will not show as revenue");
  }
}
