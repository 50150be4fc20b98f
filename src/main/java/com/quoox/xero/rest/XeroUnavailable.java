package com.quoox.xero.rest;

import com.quoox.xero.connection.ConnectionNotUsable;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Answers for a settings request that needed Xero and could not have it. */
public final class XeroUnavailable {

  private XeroUnavailable() {}

  /** 502: Xero did not answer, or answered with an error; nothing was changed. */
  public static WebApplicationException becauseOf(Exception e) {
    return new WebApplicationException(
        "Xero did not answer as expected; nothing was changed. " + e.getMessage(),
        Response.Status.BAD_GATEWAY);
  }

  /** 409: the question needs a usable connection (connect, reconnect or choose first). */
  public static WebApplicationException notConnected(ConnectionNotUsable e) {
    return new WebApplicationException(
        "Connect this business to Xero first: " + e.getMessage(), Response.Status.CONFLICT);
  }
}
