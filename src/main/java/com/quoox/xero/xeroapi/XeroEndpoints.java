package com.quoox.xero.xeroapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Xero is and how long to wait for it (DESIGN §4–5). Tests and the demo point these at the
 * local sandbox; production keeps the defaults.
 */
@ApplicationScoped
public class XeroEndpoints {

  @Inject
  @ConfigProperty(
      name = "quoox.xero.api-base-url",
      defaultValue = "https://api.xero.com/api.xro/2.0")
  String apiBaseUrl;

  @Inject
  @ConfigProperty(name = "quoox.xero.identity-base-url", defaultValue = "https://identity.xero.com")
  String identityBaseUrl;

  @Inject
  @ConfigProperty(
      name = "quoox.xero.connections-url",
      defaultValue = "https://api.xero.com/connections")
  String connectionsUrl;

  @Inject
  @ConfigProperty(
      name = "quoox.xero.authorize-url",
      defaultValue = "https://login.xero.com/identity/connect/authorize")
  String authorizeUrl;

  /** Read and connect timeout of one HTTP call to Xero. */
  @Inject
  @ConfigProperty(name = "quoox.xero.http.timeout", defaultValue = "PT10S")
  Duration httpTimeout;

  public String apiBaseUrl() {
    return apiBaseUrl;
  }

  public String tokenUrl() {
    return identityBaseUrl.replaceAll("/+$", "") + "/connect/token";
  }

  public String authorizeUrl() {
    return authorizeUrl;
  }

  public String connectionsUrl() {
    return connectionsUrl;
  }

  public Duration httpTimeout() {
    return httpTimeout;
  }
}
