package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.TestBusiness;

/**
 * A business of the benchmark: the shop that sells through the module, and the tenant id of its
 * organisation in the sandbox's JVM (the shop's own {@code xero} is null: that tenant lives there).
 */
record BenchBusiness(TestBusiness shop, String tenantId) {

  String id() {
    return shop.id;
  }
}
