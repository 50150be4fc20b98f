/**
 * What only the benchmark deploys beside the demo shop: bursts of sales fired inside the server and
 * timings of the intake's share of a sale's transaction. Depends on {@code demo}.
 */
package com.quoox.xero.benchmark.shop;
