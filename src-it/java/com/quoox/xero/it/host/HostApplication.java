package com.quoox.xero.it.host;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The host's own JAX-RS application beside the module's ({@code /api}). It lists its classes: an
 * application that lists none is given every resource and provider of the WAR, the module's
 * included.
 */
@ApplicationPath("host")
public class HostApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(HostTillResource.class);
  }
}
