package com.quoox.xero.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guards every resource whose path names a business ({@code …/businesses/{businessId}/…}): the
 * caller must be authenticated and allowed to act for that business, and only {@value #ADMIN_ROLE}
 * may change anything (a {@code GET} marked {@link ChangesSettings} counts as a change). Being a
 * filter on the path parameter rather than annotations on each method, a new resource is guarded
 * from its first line.
 *
 * <p>The answer for a business the caller may not act for is the same whether or not it exists, so
 * business ids cannot be probed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class BusinessAccessFilter implements ContainerRequestFilter {

  /** The role needed to change a business's Xero settings or to retry and resend entries. */
  public static final String ADMIN_ROLE = "quoox-xero-admin";

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject BusinessAccess access;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String businessId = request.getUriInfo().getPathParameters().getFirst("businessId");
    if (businessId == null) {
      return;
    }
    SecurityContext caller = request.getSecurityContext();
    if (caller == null || caller.getUserPrincipal() == null) {
      request.abortWith(problem(Response.Status.UNAUTHORIZED, "Sign in to see Xero settings"));
    } else if (!access.mayActFor(caller, businessId)) {
      request.abortWith(
          problem(Response.Status.FORBIDDEN, "You may not act for business " + businessId));
    } else if (changes(request) && !caller.isUserInRole(ADMIN_ROLE)) {
      request.abortWith(
          problem(
              Response.Status.FORBIDDEN,
              "Changing Xero settings needs the role " + ADMIN_ROLE + "; you may only look"));
    }
  }

  private boolean changes(ContainerRequestContext request) {
    return !READS.contains(request.getMethod())
        || (resource.getResourceMethod() != null
            && resource.getResourceMethod().isAnnotationPresent(ChangesSettings.class));
  }

  /** An RFC 9457 answer; built here so that this package needs nothing of the settings screen. */
  private static Response problem(Response.Status status, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf("application/problem+json"))
        .entity(
            Map.of(
                "type", "about:blank",
                "title", status.getReasonPhrase(),
                "status", status.getStatusCode(),
                "detail", detail,
                "errors", List.of()))
        .build();
  }
}
