package com.quoox.xero.benchmark.shop;

import com.quoox.xero.demo.RandomBaskets;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxPayload;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code POST /api/demo/benchmark/intake-overhead?transactions=N&warmup=W}: what the module's
 * observer costs a sale's transaction, timed inside the server with {@link System#nanoTime}: N
 * sales firing {@code SaleCompleted}, N bare INSERTs of the same rows (the sale's and its
 * payment's) and N empty transactions, interleaved so background work weighs on all three alike;
 * for the first two also their work before the commit. Benchmark only; never in the WAR.
 */
@Path("demo/benchmark/intake-overhead")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeOverheadResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject TimedTransactions transactions;

  @POST
  public String measure(
      @QueryParam("transactions") @DefaultValue("2000") int count,
      @QueryParam("warmup") @DefaultValue("500") int warmup,
      @QueryParam("business") @DefaultValue("bench-intake") String businessId) {
    run(warmup, businessId, new Times(warmup));
    Times times = new Times(count);
    run(count, businessId, times);
    return JSONB.toJson(
        Map.of(
            "observer", TransactionTimes.of(times.observer),
            "bareInsert", TransactionTimes.of(times.bare),
            "emptyTransaction", TransactionTimes.of(times.empty),
            "observerBeforeCommit", TransactionTimes.of(times.observerWork),
            "bareInsertBeforeCommit", TransactionTimes.of(times.bareWork)));
  }

  /** Nanoseconds of each timed transaction, and of the work inside it before its commit. */
  private record Times(
      long[] observer, long[] bare, long[] empty, long[] observerWork, long[] bareWork) {
    Times(int count) {
      this(new long[count], new long[count], new long[count], new long[count], new long[count]);
    }
  }

  private void run(int count, String businessId, Times times) {
    for (int i = 0; i < count; i++) {
      SaleCompleted sale = RandomBaskets.sale(businessId);
      String payload = OutboxPayload.write(sale);
      long started = System.nanoTime();
      times.observerWork[i] = transactions.sale(sale);
      times.observer[i] = System.nanoTime() - started;
      started = System.nanoTime();
      times.bareWork[i] =
          transactions.bareInsert(
              businessId + "-bare", sale.saleNumber(), payload, 1 + sale.payments().size());
      times.bare[i] = System.nanoTime() - started;
      started = System.nanoTime();
      transactions.empty();
      times.empty[i] = System.nanoTime() - started;
    }
  }
}
