package com.quoox.xero.readiness;

import com.quoox.xero.chart.CodingCheck.CodeProblem;
import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.XeroScopes;
import com.quoox.xero.xeroapi.XeroTimezones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a business's sales can reach its Xero organisation correctly, item by item: pure, from
 * facts the {@link ReadinessCheck} gathers. Blocking items would park or mis-post sales; warnings
 * deserve a look.
 */
final class Readiness {

  /**
   * Everything the assessment looks at.
   *
   * @param businessCurrency the currency of the business's recent sales (null: no sales yet)
   * @param grantedScopes what Xero granted (empty: Xero did not say)
   * @param neededScopes what the business's chosen features need
   * @param missingScopes what Xero refused calls for since the last connection
   * @param codingProblems the mapped accounts and tax types Xero would refuse, by field
   * @param codingWarnings allowed but unusual codings, by field
   * @param paymentProblems payment settings Xero would refuse or that would count twice
   */
  record Facts(
      OrganisationSummary organisation,
      String businessCurrency,
      Set<String> grantedScopes,
      List<String> neededScopes,
      Set<String> missingScopes,
      List<CodeProblem> codingProblems,
      List<CodeProblem> codingWarnings,
      List<CodeProblem> paymentProblems,
      LocalDate today) {}

  private Readiness() {}

  static List<ReadinessItem> assess(Facts facts) {
    List<ReadinessItem> items = new ArrayList<>();
    items.add(currency(facts));
    items.add(timezone(facts.organisation()));
    items.add(lockDates(facts.organisation(), facts.today()));
    items.add(scopes(facts));
    if (facts.codingProblems().isEmpty() && facts.codingWarnings().isEmpty()) {
      items.add(ReadinessItem.ok("coding", "Every mapped account and tax rate is usable in Xero"));
    }
    facts
        .codingProblems()
        .forEach(p -> items.add(ReadinessItem.blocking(p.field(), p.message(), FIX_CODING)));
    facts
        .codingWarnings()
        .forEach(p -> items.add(ReadinessItem.warning(p.field(), p.message(), CHECK_CODING)));
    if (facts.paymentProblems().isEmpty()) {
      items.add(ReadinessItem.ok("payments", "The payment settings suit Xero"));
    }
    facts
        .paymentProblems()
        .forEach(p -> items.add(ReadinessItem.blocking(p.field(), p.message(), FIX_PAYMENTS)));
    return items;
  }

  private static final String FIX_CODING =
      "Choose another account or tax rate in section 2 and save; sales already waiting can then"
          + " be retried.";

  private static final String CHECK_CODING =
      "Check with your accountant that this is what you want; it will be sent as chosen.";

  private static final String FIX_PAYMENTS = "Change the payment settings in section 3 and save.";

  private static ReadinessItem currency(Facts facts) {
    String base = facts.organisation().baseCurrency();
    String sold = facts.businessCurrency();
    if (sold == null) {
      return ReadinessItem.ok("currency", "Xero's base currency is " + base);
    }
    if (sold.equals(base)) {
      return ReadinessItem.ok("currency", "Sales are in " + sold + ", Xero's base currency");
    }
    return ReadinessItem.warning(
        "currency",
        "Sales are in " + sold + " but the organisation's base currency is " + base,
        "Xero takes them only if "
            + sold
            + " is added under Settings › Currencies in Xero"
            + " (a multi-currency plan); otherwise each sale is refused.");
  }

  private static ReadinessItem timezone(OrganisationSummary organisation) {
    String name = organisation.timezone();
    return XeroTimezones.zoneOf(name)
        .map(
            zone ->
                ReadinessItem.ok(
                    "timezone", "Documents are dated by the organisation's day (" + zone + ")"))
        .orElseGet(
            () ->
                ReadinessItem.warning(
                    "timezone",
                    "Xero names the time zone '" + name + "', which Quoox does not know",
                    "Documents are dated by the UTC day; a sale near midnight may show the"
                        + " neighbouring day in Xero."));
  }

  private static ReadinessItem lockDates(OrganisationSummary organisation, LocalDate today) {
    LocalDate locked = organisation.lockedUntil();
    if (locked == null) {
      return ReadinessItem.ok("lockDates", "No period is locked in Xero");
    }
    if (!locked.isBefore(today)) {
      return ReadinessItem.blocking(
          "lockDates",
          "Xero is locked up to " + locked + ", so today's sales would be refused",
          "Ask your accountant to move the lock date (Xero › Advanced › Financial settings).");
    }
    return ReadinessItem.ok(
        "lockDates",
        "Xero is locked up to "
            + locked
            + ": sales and refunds of those days are parked with Xero's message");
  }

  private static ReadinessItem scopes(Facts facts) {
    if (!facts.missingScopes().isEmpty()) {
      return ReadinessItem.blocking(
          "scopes",
          "Xero refused what needs " + String.join(", ", facts.missingScopes()),
          RECONNECT_FOR_SCOPES);
    }
    if (facts.grantedScopes().isEmpty()) {
      return ReadinessItem.ok("scopes", "Xero did not say which permissions it granted");
    }
    List<String> missing = XeroScopes.missing(facts.grantedScopes(), facts.neededScopes());
    if (missing.isEmpty()) {
      return ReadinessItem.ok("scopes", "The connection has every permission Quoox needs");
    }
    return ReadinessItem.blocking(
        "scopes", "The connection lacks " + String.join(", ", missing), RECONNECT_FOR_SCOPES);
  }

  private static final String RECONNECT_FOR_SCOPES =
      "Reconnect and allow them at Xero; for a Custom Connection, add the scopes to the app at"
          + " developer.xero.com first.";
}
