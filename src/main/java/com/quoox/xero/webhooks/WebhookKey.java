package com.quoox.xero.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The app's webhook key from Xero's developer portal ({@code quoox.xero.webhook-key}), read at each
 * use so it can be set on a running server. Optional: a module whose app has no webhooks deploys
 * and sends as ever, and answers every webhook 401. (An empty default would not do: MicroProfile
 * Config treats an empty value as missing and fails the deployment.)
 */
@ApplicationScoped
public class WebhookKey {

  static final String SETTING = "quoox.xero.webhook-key";

  /** The key, or empty when none is set. */
  public String value() {
    return ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse("");
  }

  public boolean isSet() {
    return !value().isEmpty();
  }
}
