package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's businesses, connected through the module's own API as an operator would, and what
 * it does to them beyond selling: a burst of sales made in the server, and pausing dispatch.
 */
final class Shops {

  private static final int BURST_CHUNK = 2_000;

  private final ModuleApi api;
  private final RemoteSandbox sandbox;
  private final int salesPerTransaction;

  Shops(ModuleApi api, RemoteSandbox sandbox, int salesPerTransaction) {
    this.api = api;
    this.sandbox = sandbox;
    this.salesPerTransaction = salesPerTransaction;
  }

  /**
   * A business connected by Custom Connection to an organisation of its own, café mappings saved.
   */
  BenchBusiness connect(String businessId) {
    String tenantId =
        sandbox.addCustomConnection(
            businessId + "-client", businessId + "-secret", "Org of " + businessId);
    return new BenchBusiness(TestBusiness.connectedTo(api, businessId, null), tenantId);
  }

  /**
   * {@code count} businesses named {@code prefix-0001…}, connected several at once: each connection
   * waits on the sandbox's latency, which one at a time would make minutes of a thousand.
   */
  List<BenchBusiness> connect(String prefix, int count) throws InterruptedException {
    ExecutorService operators = Executors.newFixedThreadPool(16);
    try {
      List<Future<BenchBusiness>> connecting = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        String id = String.format("%s-%04d", prefix, i);
        connecting.add(operators.submit(() -> connect(id)));
      }
      List<BenchBusiness> connected = new ArrayList<>();
      for (Future<BenchBusiness> business : connecting) {
        connected.add(business.get());
      }
      return connected;
    } catch (ExecutionException e) {
      throw new IllegalStateException("connecting " + prefix + " failed", e.getCause());
    } finally {
      operators.shutdownNow();
    }
  }

  /**
   * {@code count} sales of the business made inside the server, several to a transaction: a
   * back-fill recorded in bulk, not as a till makes them.
   */
  void burst(BenchBusiness business, int count) {
    // In requests of at most BURST_CHUNK sales: one request of a 100k back-fill would outlast the
    // server's HTTP timeouts.
    for (int made = 0; made < count; made += BURST_CHUNK) {
      int chunk = Math.min(BURST_CHUNK, count - made);
      business
          .shop()
          .expect(
              200,
              api.post(
                  "demo/benchmark/businesses/"
                      + business.id()
                      + "/sale-burst?count="
                      + chunk
                      + "&perTransaction="
                      + salesPerTransaction,
                  ""));
    }
  }

  /** Stops sending the business's backlog, so it does not weigh on the next measurement. */
  void pause(BenchBusiness business) {
    business
        .shop()
        .expect(
            200,
            api.post(
                business.shop().path("dispatch/pause"), "{\"reason\":\"benchmark window over\"}"));
  }
}
