package com.quoox.xero.settings;

import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.OAuth2Connect;
import com.quoox.xero.connection.XeroConnection;
import com.quoox.xero.xeroapi.XeroIdentityException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The two browser legs of "Connect to Xero": the start, which sends the user to Xero's sign-in, and
 * the callback Xero sends them back to, which lands them on the settings page.
 */
@Path("")
public class OAuthResource {

  @Inject OAuth2Connect oauth2;

  @Context UriInfo uri;

  @GET
  @Path("businesses/{businessId}/xero/oauth/authorize")
  public Response authorize(@PathParam("businessId") @BusinessId String businessId) {
    try {
      return Response.status(Response.Status.FOUND).location(oauth2.start(businessId)).build();
    } catch (ConnectionTestFailed e) {
      return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  /** Xero's redirect after sign-in (RFC 6749 §4.1.2), with a code or an error. */
  @GET
  @Path("xero/oauth/callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error) {
    if (error != null) {
      return Problem.response(
          Response.Status.BAD_REQUEST, "Xero did not authorise Quoox: " + error);
    }
    if (code == null || state == null) {
      throw new InvalidRequest("code", "Xero's callback lacks its code or state");
    }
    try {
      XeroConnection connection = oauth2.complete(state, code);
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
