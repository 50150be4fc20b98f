package com.quoox.xero.benchmark.shop;

import com.quoox.xero.demo.RandomBaskets;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/demo/benchmark/businesses/{id}/sale-burst?count=N}: N random sales of one
 * business, each in its own transaction as the till makes them, as fast as the server can: a
 * backlog for the benchmark without N HTTP calls. Answers how long it took. Benchmark only.
 */
@Path("demo/benchmark/businesses/{shopId}/sale-burst")
@Produces(MediaType.APPLICATION_JSON)
public class SaleBurstResource {

  @Inject TimedTransactions transactions;

  @POST
  public String burst(@PathParam("shopId") String businessId, @QueryParam("count") int count) {
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      transactions.sale(RandomBaskets.sale(businessId));
    }
    return "{\"sales\":" + count + ",\"millis\":" + (System.nanoTime() - started) / 1_000_000 + "}";
  }
}
