package com.quoox.xero.settlement;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.chart.PaymentAccountsCheck;
import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.dispatch.ReadinessHolds;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.InvalidRequest;
import com.quoox.xero.rest.Problem;
import com.quoox.xero.settings.ChartCheckBeforeSave;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes where each payment provider's money goes in Xero: whether its payments are
 * recorded, its clearing account, and the accounts of its fees and payouts.
 */
@Path("businesses/{businessId}/xero/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentSettingsResource {

  @Inject ReadinessHolds holds;

  @Inject ProviderSettingsRepository settings;

  @Inject ChartCheckBeforeSave chartCheck;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public PaymentSettingsView get(@PathParam("businessId") @BusinessId String businessId) {
    return PaymentSettingsView.of(settings.forBusiness(businessId));
  }

  @PUT
  public PaymentSettingsView put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the payment settings as a JSON body") @Valid
          PaymentSettingsView body) {
    Map<PaymentProvider, ProviderAccounts> chosen = read(body);
    chartCheck.check(businessId, chart -> PaymentAccountsCheck.problems(chosen, chart));
    Map<PaymentProvider, ProviderAccounts> before = settings.forBusiness(businessId);
    var saved = PaymentSettingsView.of(settings.save(businessId, chosen));
    // What a readiness check held the sales for was judged on the settings just replaced.
    holds.release(businessId);
    audit.recordChanges(
        businessId,
        caller.getUserPrincipal(),
        AuditTopic.PAYMENTS,
        PaymentSettingsChanges.between(before, chosen));
    return saved;
  }

  /** The providers sent, each complete enough to record payments when switched on. */
  private static Map<PaymentProvider, ProviderAccounts> read(PaymentSettingsView body) {
    Map<PaymentProvider, ProviderAccounts> chosen = new EnumMap<>(PaymentProvider.class);
    List<Problem.FieldError> errors = new ArrayList<>();
    body.providers()
        .forEach(
            (name, provider) -> {
              String field = "providers[" + name + "]";
              PaymentProvider known = provider(name);
              if (known == null) {
                errors.add(
                    new Problem.FieldError(
                        field,
                        "not a payment provider; use one of "
                            + Arrays.toString(PaymentProvider.values())));
                return;
              }
              ProviderAccounts accounts = provider.toAccounts();
              if (accounts.recordPayments() && accounts.accountCode() == null) {
                errors.add(
                    new Problem.FieldError(
                        field + ".accountCode",
                        "choose the account " + name + " payments go into, or switch them off"));
              }
              if (accounts.feeAccountCode() != null && accounts.feeTaxType() == null) {
                errors.add(
                    new Problem.FieldError(
                        field + ".feeTaxType", "choose the tax rate of " + name + " fees"));
              }
              chosen.put(known, accounts);
            });
    if (!errors.isEmpty()) {
      throw new InvalidRequest("Some payment settings are incomplete; nothing was saved", errors);
    }
    return chosen;
  }

  private static PaymentProvider provider(String name) {
    return Arrays.stream(PaymentProvider.values())
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElse(null);
  }
}
