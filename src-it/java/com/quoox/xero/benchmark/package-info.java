/**
 * The benchmark of issue 5 ({@code mvn -Pbenchmark verify}): drives the module on its own WildFly
 * through the demo shop against the sandbox with Xero's real-time limits and prints one table of
 * figures beside their targets. Depends on the integration tests' helpers and the sandbox; never
 * part of {@code mvn verify}, never in the module's WAR.
 */
package com.quoox.xero.benchmark;
