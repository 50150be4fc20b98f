/**
 * What the integration tests, the demo and the benchmark share: the deployment as built (with the
 * demo shop), a base class for tests on the Arquillian-managed WildFly, an HTTP client of the
 * module's API, a test business connected to the sandbox, extra WildFly nodes and PostgreSQL
 * databases, and waiting for something to happen. Depends on {@code demo} (the shop it deploys) and
 * {@code sandbox}; never on a test.
 */
package com.quoox.xero.it.support;
