package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;

/**
 * The benchmark's businesses, connected through the module's own API as an operator would, and what
 * it does to them beyond selling: a burst of sales made in the server, and pausing dispatch.
 */
final class Shops {

  private static final int BURST_CHUNK = 2_000;

  private final ModuleApi api;
  private final XeroSandbox sandbox;

  Shops(ModuleApi api, XeroSandbox sandbox) {
    this.api = api;
    this.sandbox = sandbox;
  }

  /**
   * A business connected by Custom Connection to an organisation of its own, café mappings saved.
   */
  TestBusiness connect(String businessId) {
    String tenantId =
        sandbox.addCustomConnection(
            businessId + "-client", businessId + "-secret", "Org of " + businessId);
    return TestBusiness.connectedTo(api, businessId, sandbox.tenant(tenantId));
  }

  /** {@code count} sales of the business, each in its own transaction, fired inside the server. */
  void burst(TestBusiness shop, int count) {
    // In requests of at most BURST_CHUNK sales: one request of a 100k back-fill would outlast the
    // server's HTTP timeouts.
    for (int made = 0; made < count; made += BURST_CHUNK) {
      int chunk = Math.min(BURST_CHUNK, count - made);
      shop.expect(
          200, api.post("demo/benchmark/businesses/" + shop.id + "/sale-burst?count=" + chunk, ""));
    }
  }

  /** Stops sending the business's backlog, so it does not weigh on the next measurement. */
  void pause(TestBusiness shop) {
    shop.expect(
        200, api.post(shop.path("dispatch/pause"), "{\"reason\":\"benchmark window over\"}"));
  }
}
