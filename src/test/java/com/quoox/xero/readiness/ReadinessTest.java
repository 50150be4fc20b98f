package com.quoox.xero.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.chart.CodingCheck.CodeProblem;
import com.quoox.xero.readiness.ReadinessItem.Level;
import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.XeroScopes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static final OrganisationSummary UK =
      new OrganisationSummary("org-1", "Café Ltd", "GBP", "GMTSTANDARDTIME", null, null);

  private static final List<String> NEEDED =
      List.of(XeroScopes.INVOICES, XeroScopes.CONTACTS, XeroScopes.SETTINGS_READ);

  @Test
  void aWellSetUpBusinessIsAllOk() {
    List<ReadinessItem> items = Readiness.assess(facts(UK, "GBP", Set.of(), List.of()));

    assertTrue(items.stream().allMatch(i -> i.level() == Level.OK), items.toString());
  }

  @Test
  void eachProblemIsItsOwnItemAtItsOwnLevel() {
    OrganisationSummary locked =
        new OrganisationSummary("org-1", "Café Ltd", "NZD", "ATLANTISSTANDARDTIME", TODAY, null);
    Readiness.Facts facts =
        new Readiness.Facts(
            locked,
            "GBP",
            Set.of(XeroScopes.INVOICES, XeroScopes.SETTINGS_READ),
            NEEDED,
            Set.of(),
            List.of(new CodeProblem("sales.accountCode", "Account 200 is archived in Xero")),
            List.of(new CodeProblem("shipping.accountCode", "Account 090 is not income")),
            List.of(),
            TODAY);

    Map<String, Level> levels =
        Readiness.assess(facts).stream()
            .collect(Collectors.toMap(ReadinessItem::topic, ReadinessItem::level));

    assertEquals(Level.WARNING, levels.get("currency"));
    assertEquals(Level.WARNING, levels.get("timezone"));
    assertEquals(Level.BLOCKING, levels.get("lockDates"), "today is locked");
    assertEquals(Level.BLOCKING, levels.get("scopes"), "contacts missing");
    assertEquals(Level.BLOCKING, levels.get("sales.accountCode"));
    assertEquals(Level.WARNING, levels.get("shipping.accountCode"));
    assertEquals(Level.OK, levels.get("payments"));
  }

  @Test
  void theBroadScopeOfAnOlderAppCoversInvoicesAndPayments() {
    Set<String> older = Set.of(XeroScopes.TRANSACTIONS, XeroScopes.CONTACTS, "accounting.settings");
    List<String> needed = List.of(XeroScopes.INVOICES, XeroScopes.PAYMENTS, XeroScopes.CONTACTS);

    assertEquals(List.of(), XeroScopes.missing(older, needed));
    assertEquals(
        List.of(XeroScopes.PAYMENTS),
        XeroScopes.missing(Set.of(XeroScopes.INVOICES, XeroScopes.CONTACTS), needed));
  }

  @Test
  void aLockBeforeTodayOnlyInforms() {
    OrganisationSummary locked =
        new OrganisationSummary(
            "org-1", "Café Ltd", "GBP", "GMTSTANDARDTIME", null, TODAY.minusDays(6));

    ReadinessItem lock =
        Readiness.assess(facts(locked, null, Set.of(), List.of())).stream()
            .filter(i -> i.topic().equals("lockDates"))
            .findFirst()
            .orElseThrow();

    assertEquals(Level.OK, lock.level());
    assertTrue(lock.title().contains("2026-11-30"), lock.title());
  }

  @Test
  void scopesXeroRefusedBlockUntilReconnected() {
    ReadinessItem scopes =
        Readiness.assess(facts(UK, "GBP", Set.of(XeroScopes.PAYMENTS), List.of())).stream()
            .filter(i -> i.topic().equals("scopes"))
            .findFirst()
            .orElseThrow();

    assertEquals(Level.BLOCKING, scopes.level());
    assertTrue(scopes.title().contains(XeroScopes.PAYMENTS), scopes.title());
  }

  private static Readiness.Facts facts(
      OrganisationSummary organisation,
      String currency,
      Set<String> missing,
      List<CodeProblem> problems) {
    return new Readiness.Facts(
        organisation, currency, Set.of(), NEEDED, missing, problems, List.of(), List.of(), TODAY);
  }
}
