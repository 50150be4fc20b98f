package com.quoox.xero.benchmark.shop;

import com.quoox.xero.demo.RandomBaskets;
import com.quoox.xero.events.SaleCompleted;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/demo/benchmark/businesses/{id}/sale-burst?count=N&perTransaction=M}: N random
 * sales of one business, M to a transaction (default 1, as the till makes them), as fast as the
 * server can: a backlog for the benchmark without N HTTP calls. Answers how long it took. Benchmark
 * only.
 */
@Path("demo/benchmark/businesses/{shopId}/sale-burst")
@Produces(MediaType.APPLICATION_JSON)
public class SaleBurstResource {

  @Inject TimedTransactions transactions;

  @POST
  public String burst(
      @PathParam("shopId") String businessId,
      @QueryParam("count") int count,
      @QueryParam("perTransaction") @DefaultValue("1") int perTransaction) {
    long started = System.nanoTime();
    for (int made = 0; made < count; made += perTransaction) {
      List<SaleCompleted> sales = new ArrayList<>();
      for (int i = 0; i < Math.min(perTransaction, count - made); i++) {
        sales.add(RandomBaskets.sale(businessId));
      }
      transactions.sales(sales);
    }
    return "{\"sales\":" + count + ",\"millis\":" + (System.nanoTime() - started) / 1_000_000 + "}";
  }
}
