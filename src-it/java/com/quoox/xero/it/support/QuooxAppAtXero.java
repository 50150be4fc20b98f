package com.quoox.xero.it.support;

import com.quoox.xero.sandbox.XeroSandbox;

/**
 * Quoox's OAuth 2.0 app registered at the shared sandbox with the credentials and redirect URI that
 * arquillian.xml gives the module, so "Connect to Xero" can be walked end to end.
 */
public final class QuooxAppAtXero {

  private QuooxAppAtXero() {}

  /** Registers the app once per JVM; later calls find it registered and do nothing. */
  public static void register() {
    String redirect =
        "http://localhost:"
            + System.getProperty("it.http.port", "8080")
            + "/quoox-xero/api/xero/oauth/callback";
    try {
      XeroSandbox.shared().registerOAuthApp("quoox-it-app", "quoox-it-app-secret", redirect);
    } catch (IllegalArgumentException alreadyRegistered) {
      // another test class of this JVM registered it
    }
  }
}
