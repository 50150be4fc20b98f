package com.quoox.xero.settlement;

import com.quoox.xero.chart.ChartAccount;
import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.xero.api.XeroException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The reconciliation view: does each clearing account hold in Xero what Quoox has recorded there,
 * and which payouts are not in Xero yet? A clearing account returns to zero after each payout, so a
 * non-zero difference is money recorded on one side only.
 */
@Path("businesses/{businessId}/xero/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

  private static final Logger LOG = Logger.getLogger(ReconciliationResource.class);

  @Inject ProviderSettingsRepository settings;

  @Inject OutboxRepository outbox;

  @Inject XeroSessions sessions;

  @Inject XeroAccounting xero;

  @Inject OrganisationCharts charts;

  @GET
  public ReconciliationView get(@PathParam("businessId") @BusinessId String businessId) {
    Map<PaymentProvider, ProviderAccounts> providers = settings.forBusiness(businessId);
    Map<PaymentProvider, BigDecimal> recorded = outbox.clearingTotals(businessId);
    // Providers sharing a clearing account share its row (TreeMap: null key not allowed, "" stands
    // for money recorded while a provider had no account, i.e. before it was switched off).
    Map<String, List<PaymentProvider>> byAccount = new TreeMap<>();
    for (PaymentProvider provider : PaymentProvider.values()) {
      ProviderAccounts accounts = providers.get(provider);
      if (accounts.recordPayments() || recorded.containsKey(provider)) {
        String code = Objects.requireNonNullElse(accounts.accountCode(), "");
        byAccount.computeIfAbsent(code, c -> new ArrayList<>()).add(provider);
      }
    }
    String error = null;
    Map<String, BigDecimal> inXero = Map.of();
    if (!byAccount.isEmpty()) {
      try {
        inXero = xeroBalancesByCode(businessId);
      } catch (IOException | XeroException | ConnectionNotUsable e) {
        LOG.debugf(e, "Xero's bank balances of business %s could not be read", businessId);
        error = "Xero's balances could not be read: " + e.getMessage();
      }
    }
    List<ReconciliationView.ClearingAccount> rows = new ArrayList<>();
    for (Map.Entry<String, List<PaymentProvider>> account : byAccount.entrySet()) {
      BigDecimal expected =
          account.getValue().stream()
              .map(p -> recorded.getOrDefault(p, BigDecimal.ZERO))
              .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
      BigDecimal xeroBalance = inXero.get(account.getKey());
      rows.add(
          new ReconciliationView.ClearingAccount(
              account.getKey().isEmpty() ? null : account.getKey(),
              account.getValue().stream().map(Enum::name).toList(),
              expected,
              xeroBalance,
              xeroBalance == null ? null : xeroBalance.subtract(expected)));
    }
    return new ReconciliationView(rows, error, pendingPayouts(businessId));
  }

  /** Today's closing balance of each bank account, by account code. */
  private Map<String, BigDecimal> xeroBalancesByCode(String businessId) throws IOException {
    Map<String, BigDecimal> byId =
        sessions.withSession(
            businessId,
            session ->
                BankBalances.closingByAccountId(
                    xero.bankSummary(session, LocalDate.now(ZoneOffset.UTC))));
    Map<String, BigDecimal> byCode = new TreeMap<>();
    for (ChartAccount account : charts.of(businessId).activeAccounts()) {
      if (account.accountId() != null && byId.containsKey(account.accountId())) {
        // Settings name a bank account by its code, or by its AccountID when it has none.
        byCode.put(
            account.code() != null ? account.code() : account.accountId(),
            byId.get(account.accountId()));
      }
    }
    return byCode;
  }

  private List<ReconciliationView.PendingPayout> pendingPayouts(String businessId) {
    List<ReconciliationView.PendingPayout> pending = new ArrayList<>();
    for (OutboxEntry entry : outbox.payoutsNotSent(businessId)) {
      PayoutPaid payout = readPayout(entry);
      pending.add(
          new ReconciliationView.PendingPayout(
              entry.getId(),
              entry.getProvider() == null ? null : entry.getProvider().name(),
              entry.getSourceNumber(),
              payout == null ? null : payout.arrivalDate(),
              payout == null ? null : payout.net(),
              entry.getState().name(),
              entry.getLastError()));
    }
    return pending;
  }

  /** The payout as recorded, or null when the monolith sent something unreadable (parked). */
  private static PayoutPaid readPayout(OutboxEntry entry) {
    try {
      return OutboxPayload.read(entry.getPayload(), PayoutPaid.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
