package com.quoox.xero.settings;

import com.quoox.xero.access.BusinessAccess;
import com.quoox.xero.access.BusinessAccessFilter;
import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.connection.ConnectionStatus;
import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.OAuth2Connect;
import com.quoox.xero.connection.XeroConnection;
import com.quoox.xero.rest.InvalidRequest;
import com.quoox.xero.rest.Problem;
import com.quoox.xero.xeroapi.XeroIdentityException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The second browser leg of "Connect to Xero": the callback Xero sends the user back to, which
 * lands them on the settings page. Its path names no business (Xero's redirect URI is one per app),
 * so {@code BusinessAccessFilter} cannot guard it: it asks itself for a signed-in user with role
 * quoox-xero-admin, who must be the user who started the sign-in and still act for its business.
 */
@Path("xero/oauth/callback")
public class OAuthCallbackResource {

  @Inject OAuth2Connect oauth2;

  @Inject BusinessAccess access;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @Context UriInfo uri;

  /** Xero's redirect after sign-in (RFC 6749 §4.1.2), with a code or an error. */
  @GET
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error) {
    if (caller == null || caller.getUserPrincipal() == null) {
      return Problem.response(
          Response.Status.UNAUTHORIZED, "Sign in to Quoox to finish connecting to Xero");
    }
    if (!caller.isUserInRole(BusinessAccessFilter.ADMIN_ROLE)) {
      return Problem.response(
          Response.Status.FORBIDDEN,
          "Connecting to Xero needs the role " + BusinessAccessFilter.ADMIN_ROLE);
    }
    if (error != null) {
      return Problem.response(
          Response.Status.BAD_REQUEST, "Xero did not authorise Quoox: " + error);
    }
    if (code == null || state == null) {
      throw new InvalidRequest("code", "Xero's callback lacks its code or state");
    }
    try {
      XeroConnection connection =
          oauth2.complete(
              state,
              code,
              caller.getUserPrincipal().getName(),
              businessId -> access.mayActFor(caller, businessId));
      audit.record(
          connection.getBusinessId(),
          caller.getUserPrincipal(),
          AuditTopic.CONNECTION,
          connection.getStatus() == ConnectionStatus.CHOOSING_ORGANISATION
              ? "Signed in with Connect to Xero; the organisation is yet to be chosen"
              : "Connected with Connect to Xero to " + connection.getOrganisationName());
      return Response.status(Response.Status.FOUND).location(settingsPage(connection)).build();
    } catch (ConnectionTestFailed e) {
      throw new InvalidRequest("state", e.getMessage());
    } catch (XeroIdentityException e) {
      return Problem.response(
          Response.Status.BAD_GATEWAY, "Xero refused the sign-in: " + e.getMessage());
    }
  }

  /** The settings page of the module (DESIGN §7), beside the API: {@code …/xero/settings.html}. */
  private URI settingsPage(XeroConnection connection) {
    return uri.getBaseUri()
        .resolve(
            "../xero/settings.html?businessId="
                + connection.getBusinessId()
                + "&xero="
                + connection.getStatus());
  }
}
