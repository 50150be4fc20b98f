/**
 * MicroProfile Health checks an operator (or a load balancer) reads at {@code /health}: whether the
 * module's database answers and whether dispatch is moving. Depends on {@code outbox} and {@code
 * dispatch}.
 */
package com.quoox.xero.health;
