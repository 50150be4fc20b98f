package com.quoox.xero.demo;

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
 * payment's) and N empty transactions, interleaved so background work weighs on all three alike.
 * Benchmark only; never in the WAR.
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
    run(warmup, businessId, new long[warmup], new long[warmup], new long[warmup]);
    long[] observer = new long[count];
    long[] bareInsert = new long[count];
    long[] empty = new long[count];
    run(count, businessId, observer, bareInsert, empty);
    return JSONB.toJson(
        Map.of(
            "observer", TransactionTimes.of(observer),
            "bareInsert", TransactionTimes.of(bareInsert),
            "emptyTransaction", TransactionTimes.of(empty)));
  }

  private void run(int count, String businessId, long[] observer, long[] bare, long[] empty) {
    for (int i = 0; i < count; i++) {
      SaleCompleted sale = RandomBaskets.sale(businessId);
      String payload = OutboxPayload.write(sale);
      long started = System.nanoTime();
      transactions.sale(sale);
      observer[i] = System.nanoTime() - started;
      started = System.nanoTime();
      transactions.bareInsert(
          businessId + "-bare", sale.saleNumber(), payload, 1 + sale.payments().size());
      bare[i] = System.nanoTime() - started;
      started = System.nanoTime();
      transactions.empty();
      empty[i] = System.nanoTime() - started;
    }
  }
}
