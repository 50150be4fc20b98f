package com.quoox.xero.sandbox.http;

import com.sun.net.httpserver.HttpHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One part of the sandbox's URL space: turns a request into an answer; the adapter does the HTTP
 * plumbing.
 */
public interface Endpoint {

  public SandboxResponse answer(SandboxRequest request) throws Exception;

  default HttpHandler asHandler() {
    return exchange -> {
      try {
        answer(SandboxRequest.read(exchange)).writeTo(exchange);
      } catch (Exception e) {
        // A sandbox bug must show up as a 500 the test can see, not as a hung client.
        Logger.getLogger(Endpoint.class.getName()).log(Level.WARNING, "sandbox failed", e);
        SandboxResponse.text(500, "text/plain; charset=utf-8", "Sandbox error: " + e)
            .writeTo(exchange);
      } finally {
        exchange.close();
      }
    };
  }
}
