package com.quoox.xero.xeroapi;

import java.net.URI;

/**
 * Signs one Accounting API request of a connection that has no bearer token: a legacy private app's
 * OAuth 1.0a RSA-SHA1 signature over the method and the full URL, query included.
 */
@FunctionalInterface
public interface RequestSigner {

  /** The whole {@code Authorization} header value for this request. */
  String authorization(String method, URI uri);
}
