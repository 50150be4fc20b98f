package com.quoox.xero.health;

import com.quoox.xero.dispatch.OutboxDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Down when dispatch is stuck, so an operator learns of it before the business does. */
@Liveness
@ApplicationScoped
public class DispatchLiveness implements HealthCheck {

  @Inject OutboxDispatcher dispatcher;

  @Override
  public HealthCheckResponse call() {
    return dispatcher
        .stuckReason()
        .map(
            reason ->
                HealthCheckResponse.named("quoox-xero-dispatch")
                    .down()
                    .withData("reason", reason)
                    .build())
        .orElseGet(() -> HealthCheckResponse.up("quoox-xero-dispatch"));
  }
}
