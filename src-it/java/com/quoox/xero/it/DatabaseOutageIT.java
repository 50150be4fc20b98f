package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.PostgresNodes;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.TestDatabase;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The database goes away while sales are being made, then comes back. A sale and its outbox row are
 * one transaction, so each sale is recorded whole (its row exists and reaches Xero once) or fails
 * whole (no row, nothing in Xero); never a sale that succeeded without its row. Whether a sale
 * happened is judged by the demo till's own table, written in the sale's transaction, as the
 * monolith's sales are: the shop's answer can say "failed" about a sale whose commit reached the
 * database just before its session was ended, and then the sale and its row both stand. Runs its
 * own WildFly node on the PostgreSQL installation, whose database sessions the test ends.
 */
@EnabledIfSystemProperty(
    named = "it.database",
    matches = "postgresql",
    disabledReason = PostgresNodes.NEEDS_POSTGRESQL)
class DatabaseOutageIT {

  private static final String NODE = "db-outage-node";
  private static final int BUSINESSES = 8;

  /**
   * Confirmed sales a business may have: its sync log must fit one page (40), each of the two tills
   * may have one more sale in flight, and a failed answer may still have committed (at most two,
   * see below). Failed sales do not count, so however long the database takes to come back, the
   * tills never run out of sales before the last phase.
   */
  private static final int CONFIRMED_PER_BUSINESS = 36;

  private static final TestDatabase DATABASE = TestDatabase.fromEnvironment();
  private static WildFlyNode node;
  private static ModuleApi api;

  /** One sale fired at the shop and what the shop answered (-1: no answer at all). */
  private record Sale(TestBusiness shop, String number, int status, Instant answeredAt) {}

  @BeforeAll
  static void startNode() {
    node = PostgresNodes.node(NODE, 100, XeroSandbox.shared());
    PostgresNodes.startAll(List.of(node));
    api = new ModuleApi(node.moduleUrl());
  }

  @AfterAll
  static void stopNode() {
    DATABASE.comeBack(); // whatever happened, later tests need the database
    PostgresNodes.stopAll(node == null ? List.of() : List.of(node));
  }

  /**
   * Two tills sell without pause while the node's database refuses connections and its open
   * sessions are ended, and after it accepts them again: readiness reports DOWN during the outage
   * and UP after; every sale the till recorded, which includes every sale the shop confirmed, has
   * exactly one outbox row, SENT, and exactly one invoice in Xero; no other sale has either.
   */
  @Test
  void eachSaleIsRecordedWholeOrFailsWholeWhileTheDatabaseIsAway() throws Exception {
    Instant started = Instant.now();
    List<TestBusiness> shops = new ArrayList<>();
    for (int i = 0; i < BUSINESSES; i++) {
      shops.add(TestBusiness.connected(api));
    }
    List<Sale> sales = new CopyOnWriteArrayList<>();
    AtomicBoolean selling = new AtomicBoolean(true);
    ExecutorService tills = Executors.newFixedThreadPool(2);
    AtomicInteger next = new AtomicInteger();
    for (int till = 0; till < 2; till++) {
      tills.execute(() -> sell(shops, next, selling, sales));
    }
    Instant away;
    Instant down;
    Instant back;
    Instant ready;
    try {
      awaitSales(sales, 20);
      DATABASE.goAwayFor(NODE);
      away = Instant.now();
      awaitReadiness("DOWN");
      down = Instant.now();
      awaitRefused(sales, away, 10);
      DATABASE.comeBack();
      back = Instant.now();
      awaitReadiness("UP");
      ready = Instant.now();
      awaitSales(sales, sales.size() + 20);
    } finally {
      selling.set(false);
      tills.shutdown();
      tills.awaitTermination(1, TimeUnit.MINUTES);
      DATABASE.comeBack();
    }

    Map<Integer, Long> answers =
        sales.stream()
            .collect(Collectors.groupingBy(Sale::status, TreeMap::new, Collectors.counting()));
    List<Sale> recorded = sales.stream().filter(s -> s.status() == 200).toList();
    List<Sale> failed = sales.stream().filter(s -> s.status() != 200).toList();
    long failedWhileAway =
        sales.stream()
            .filter(s -> s.status() != 200 && s.answeredAt().isAfter(away))
            .filter(s -> s.answeredAt().isBefore(ready))
            .count();
    List<String> ids = shops.stream().map(shop -> shop.id).toList();
    Map<String, Long> states =
        Eventually.awaitOrLast(
            "every outbox row SENT",
            Duration.ofMinutes(2),
            () -> DATABASE.outboxStates(ids),
            s -> s.keySet().equals(Set.of("SENT")));
    long rowCount = states.values().stream().mapToLong(Long::longValue).sum();
    Eventually.awaitOrLast(
        rowCount + " invoices in Xero",
        Duration.ofSeconds(30),
        () -> shops.stream().mapToInt(shop -> shop.xero.invoices().size()).sum(),
        n -> n >= rowCount);

    int halfRecorded = 0;
    int rowsWithoutSale = 0;
    int salesWithoutRow = 0;
    int toldFailedButCommitted = 0;
    int notSoldInXero = 0;
    int duplicates = 0;
    int lost = 0;
    for (TestBusiness shop : shops) {
      Set<String> confirmed = numbers(recorded, shop);
      Set<String> toldFailed = numbers(failed, shop);
      Set<String> sold = DATABASE.tillSales(shop.id);
      Set<String> rows = new HashSet<>();
      shop.expect(200, api.get(shop.path("sync"))).json().forEach(e -> rows.add(number(e)));
      List<String> references =
          shop.xero.invoices().stream().map(i -> i.path("Reference").asText()).toList();
      halfRecorded += missingFrom(rows, confirmed);
      rowsWithoutSale += missingFrom(sold, rows);
      salesWithoutRow += missingFrom(rows, sold);
      toldFailedButCommitted += toldFailed.size() - missingFrom(sold, toldFailed);
      notSoldInXero += missingFrom(sold, new HashSet<>(references));
      duplicates += references.size() - new HashSet<>(references).size();
      lost += missingFrom(new HashSet<>(references), sold);
    }
    System.out.printf(
        "DatabaseOutageIT: %d sales (answers %s), %d confirmed, %d failed while the database was"
            + " away; readiness DOWN %d ms after the database went away, UP %d ms after it came"
            + " back (away for %d ms); outbox %s; %d confirmed without a row, %d rows without"
            + " their sale, %d sales without their row, %d told failed that committed (the"
            + " database dropped the connection while committing), %d unsold in Xero,"
            + " %d duplicates, %d lost; %d s in all%n",
        sales.size(),
        answers,
        recorded.size(),
        failedWhileAway,
        Duration.between(away, down).toMillis(),
        Duration.between(back, ready).toMillis(),
        Duration.between(away, back).toMillis(),
        states,
        halfRecorded,
        rowsWithoutSale,
        salesWithoutRow,
        toldFailedButCommitted,
        notSoldInXero,
        duplicates,
        lost,
        Duration.between(started, Instant.now()).toSeconds());
    assertTrue(
        answers.keySet().stream().allMatch(status -> status == 200 || status >= 500),
        "the shop confirmed each sale or was told it failed: " + answers);
    assertTrue(failedWhileAway >= 10, "the outage refused sales: " + failedWhileAway);
    assertEquals(0, halfRecorded, "no confirmed sale without its outbox row");
    assertEquals(0, rowsWithoutSale, "no outbox row for a sale the till did not record");
    assertEquals(0, salesWithoutRow, "no sale the till recorded without its outbox row");
    assertTrue(
        toldFailedButCommitted <= 2,
        "a failed answer about a committed sale happens only to a session ended mid-commit, and"
            + " two tills have at most two sessions: "
            + toldFailedButCommitted);
    assertEquals(0, notSoldInXero, "nothing in Xero for a sale that did not happen");
    assertEquals(Map.of("SENT", (long) rowCount), states, "every row SENT");
    assertEquals(0, duplicates, "no sale twice in Xero");
    assertEquals(0, lost, "every sale the till recorded in Xero");
  }

  /** One till: sells for the businesses in turn until told to stop, noting each answer. */
  private static void sell(
      List<TestBusiness> shops, AtomicInteger next, AtomicBoolean selling, List<Sale> sales) {
    while (selling.get()) {
      TestBusiness shop = shops.get(next.getAndIncrement() % shops.size());
      SaleCompleted sale;
      synchronized (shop) {
        if (confirmed(sales, shop) >= CONFIRMED_PER_BUSINESS) {
          if (shops.stream().allMatch(s -> confirmed(sales, s) >= CONFIRMED_PER_BUSINESS)) {
            return;
          }
          continue;
        }
        sale = shop.cafeSale();
      }
      int status;
      try {
        status = api.fire("demo/sales", sale).status();
      } catch (AssertionError noAnswer) {
        status = -1;
      }
      sales.add(new Sale(shop, sale.saleNumber(), status, Instant.now()));
      // A till whose sale failed waits a little longer, as a person would: a slow recovery of
      // the database must not use up the test's sales before the last phase.
      Eventually.sleep(status == 200 ? 100 : 400);
    }
  }

  private static long confirmed(List<Sale> sales, TestBusiness shop) {
    return sales.stream().filter(s -> s.shop() == shop && s.status() == 200).count();
  }

  /**
   * Until {@code count} sales answered after {@code since} have failed: the outage must refuse
   * sales, however soon the module notices that the database is back (a sale in flight as it went
   * away may still succeed).
   */
  private static void awaitRefused(List<Sale> sales, Instant since, int count) {
    Eventually.await(
        count + " sales refused",
        Duration.ofMinutes(1),
        () ->
            sales.stream().filter(s -> s.status() != 200 && s.answeredAt().isAfter(since)).count(),
        n -> n >= count);
  }

  private static void awaitSales(List<Sale> sales, int count) {
    Eventually.await(
        count + " sales answered", Duration.ofMinutes(1), sales::size, n -> n >= count);
  }

  private static void awaitReadiness(String status) {
    Eventually.await(
        "readiness " + status,
        Duration.ofMinutes(1),
        DatabaseOutageIT::databaseReadiness,
        status::equals);
  }

  /** The status of the module's database readiness check on the node's management port. */
  private static String databaseReadiness() {
    try {
      HttpResponse<String> response =
          WildFlyHttp.client()
              .send(
                  HttpRequest.newBuilder(node.healthUrl("ready")).build(),
                  HttpResponse.BodyHandlers.ofString());
      for (JsonNode check : new ObjectMapper().readTree(response.body()).path("checks")) {
        if ("quoox-xero-database".equals(check.path("name").asText())) {
          return check.path("status").asText();
        }
      }
      return "missing";
    } catch (IOException e) {
      return "unreachable";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Set<String> numbers(List<Sale> sales, TestBusiness shop) {
    return sales.stream()
        .filter(s -> s.shop() == shop)
        .map(Sale::number)
        .collect(Collectors.toSet());
  }

  private static String number(JsonNode syncEntry) {
    return syncEntry.path("number").asText();
  }

  /** How many of {@code these} are not in {@code those}. */
  private static int missingFrom(Set<String> those, Set<String> these) {
    return (int) these.stream().filter(s -> !those.contains(s)).count();
  }
}
