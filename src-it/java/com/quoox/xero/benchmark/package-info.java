/**
 * The benchmark ({@code mvn -Pbenchmark verify}): drives the module on its own WildFly through the
 * demo shop and the benchmark's shop ({@code benchmark.shop}) against the sandbox with Xero's
 * real-time limits and prints one table of figures beside their targets. Depends on {@code
 * it.support}, {@code benchmark.shop} and the sandbox; never part of {@code mvn verify}, never in
 * the module's WAR.
 */
package com.quoox.xero.benchmark;
