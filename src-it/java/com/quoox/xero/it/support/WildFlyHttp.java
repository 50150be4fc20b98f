package com.quoox.xero.it.support;

import java.net.http.HttpClient;

/**
 * The HTTP client the tests talk to WildFly with. HTTP/1.1, as the tills and browsers in front of
 * the module do: the JDK's default upgrades a plain connection to HTTP/2, and JDK 17's client fails
 * the requests in flight when Undertow ends such a connection with a GOAWAY frame ("GOAWAY
 * received", JDK-8335181, fixed only in later JDKs), which made tests fail for no fault of the
 * module.
 */
public final class WildFlyHttp {

  private WildFlyHttp() {}

  public static HttpClient client() {
    return builder().build();
  }

  public static HttpClient.Builder builder() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }
}
