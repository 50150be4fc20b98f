package com.quoox.xero.settings;

import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.OAuth2Connect;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The first browser leg of "Connect to Xero": sends the user to Xero's sign-in with a fresh state
 * and PKCE challenge. Xero sends them back to {@link OAuthCallbackResource}.
 */
@Path("businesses/{businessId}/xero/oauth")
public class OAuthResource {

  @Inject OAuth2Connect oauth2;

  @GET
  @Path("authorize")
  public Response authorize(@PathParam("businessId") @BusinessId String businessId) {
    try {
      return Response.status(Response.Status.FOUND).location(oauth2.start(businessId)).build();
    } catch (ConnectionTestFailed e) {
      return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }
}
