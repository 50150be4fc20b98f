package com.quoox.xero.health;

import com.quoox.xero.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the outbox's database answers: without it no sale can be recorded for Xero.
 * Reports the backlog (entries waiting to be sent) as data.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject OutboxRepository outbox;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("quoox-xero-database")
          .up()
          .withData("backlog", outbox.countWaiting())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("quoox-xero-database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
