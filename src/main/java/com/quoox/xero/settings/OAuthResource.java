package com.quoox.xero.settings;

import com.quoox.xero.access.ChangesSettings;
import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.OAuth2Connect;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first browser leg of "Connect to Xero": sends the user to Xero's sign-in with a fresh state
 * and PKCE challenge. Xero sends them back to {@link OAuthCallbackResource}.
 */
@Path("businesses/{businessId}/xero/oauth")
public class OAuthResource {

  @Inject OAuth2Connect oauth2;

  /** Whether {@code authorize} would send the user to Xero, asked before offering the button. */
  @GET
  @Path("available")
  @Produces(MediaType.APPLICATION_JSON)
  public OAuthAvailability available(@PathParam("businessId") @BusinessId String businessId) {
    return availability();
  }

  /**
   * Needs role quoox-xero-admin: whoever completes it decides which organisation the business's
   * sales go to.
   */
  @GET
  @Path("authorize")
  @ChangesSettings
  public Response authorize(
      @PathParam("businessId") @BusinessId String businessId, @Context SecurityContext caller) {
    OAuthAvailability availability = availability();
    if (!availability.available()) {
      return Problem.response(Response.Status.SERVICE_UNAVAILABLE, availability.reason());
    }
    try {
      return Response.status(Response.Status.FOUND)
          .location(oauth2.start(businessId, caller.getUserPrincipal().getName()))
          .build();
    } catch (ConnectionTestFailed e) {
      return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  /** Read on every call, so the operator's switch takes effect without a redeployment. */
  private static OAuthAvailability availability() {
    Config config = ConfigProvider.getConfig();
    return OAuthAvailability.of(
        config.getOptionalValue("quoox.xero.oauth.enabled", Boolean.class).orElse(true),
        config.getOptionalValue("quoox.xero.client-id", String.class),
        config.getOptionalValue("quoox.xero.client-secret", String.class),
        config.getOptionalValue("quoox.xero.redirect-uri", String.class));
  }
}
