package com.quoox.xero.websecurity;

import com.quoox.xero.rest.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses (403) a change by a signed-in caller unless it carries {@value #HEADER} and, when the
 * browser names the page it comes from ({@code Origin}), that page is the module's own host.
 *
 * <p>A browser adds the owner's stored credentials (HTTP Basic, a session cookie) to any request,
 * even one a foreign page makes it send; but a foreign page can only send a custom header through a
 * CORS preflight, which the module never grants, and an HTML form cannot send one at all. The
 * origin check also holds where a proxy or a future CORS set-up would let such a header through.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SameOriginChanges implements ContainerRequestFilter {

  /** The header every changing request must carry, with any value (the page sends quoox-xero). */
  public static final String HEADER = "X-Requested-By";

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (READS.contains(request.getMethod()) || !signedIn(request)) {
      // Without a signed-in caller there are no credentials to borrow: the container refuses
      // such requests on the module's own paths before they get here.
      return;
    }
    String header = request.getHeaderString(HEADER);
    if (header == null || header.isBlank()) {
      request.abortWith(
          Problem.response(
              Response.Status.FORBIDDEN,
              "A change must come from the settings page or an API client that sends the header "
                  + HEADER));
      return;
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null && !sameHost(origin, request.getHeaderString("Host"))) {
      request.abortWith(
          Problem.response(
              Response.Status.FORBIDDEN,
              "A change must come from a page of this server, not from " + origin));
    }
  }

  private static boolean signedIn(ContainerRequestContext request) {
    return request.getSecurityContext() != null
        && request.getSecurityContext().getUserPrincipal() != null;
  }

  /**
   * Whether the page's origin names the host the browser sent this request to. Schemes are not
   * compared: behind a proxy that ends TLS the server sees plain HTTP for an HTTPS page.
   */
  static boolean sameHost(String origin, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    URI page;
    try {
      page = URI.create(origin.trim());
    } catch (IllegalArgumentException e) {
      return false; // "null" from a sandboxed frame or a file, or no address at all
    }
    if (page.getHost() == null) {
      return false;
    }
    String authority = page.getHost() + (page.getPort() == -1 ? "" : ":" + page.getPort());
    return withoutDefaultPort(authority).equals(withoutDefaultPort(host.trim()));
  }

  private static String withoutDefaultPort(String authority) {
    return authority.toLowerCase(Locale.ROOT).replaceFirst(":(80|443)$", "");
  }
}
