package com.quoox.xero.settings;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.audit.ChangeSummary;
import com.quoox.xero.connection.ConnectionMode;
import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.ConnectionTester;
import com.quoox.xero.connection.CustomConnectionSetup;
import com.quoox.xero.connection.Disconnection;
import com.quoox.xero.connection.OAuth2Connect;
import com.quoox.xero.connection.XeroConnection;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.InvalidRequest;
import com.quoox.xero.rest.Problem;
import com.quoox.xero.xeroapi.XeroIdentityException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Connects a business to Xero, shows and tests the connection, and disconnects it (DESIGN §6).
 * Saving always verifies the fields and makes a test connection before anything is stored.
 */
@Path("businesses/{businessId}/xero/connection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {

  @Inject ConnectionRepository connections;

  @Inject CustomConnectionSetup customConnection;

  @Inject OAuth2Connect oauth2;

  @Inject ConnectionTester tester;

  @Inject Disconnection disconnection;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  @GET
  public ConnectionView get(@PathParam("businessId") @BusinessId String businessId) {
    return connections
        .find(businessId)
        .map(ConnectionView::of)
        .orElseThrow(() -> notConnected(businessId));
  }

  @PUT
  public Response put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the connection as a JSON body") @Valid ConnectionRequest request) {
    if (request.mode() != ConnectionMode.CUSTOM_CONNECTION) {
      throw new InvalidRequest(
          "mode",
          "Connect to Xero with OAuth 2.0 starts at GET businesses/{id}/xero/oauth/authorize");
    }
    try {
      String clientId = request.clientId().trim();
      XeroConnection connection =
          customConnection.connect(businessId, clientId, request.clientSecret().trim());
      // The secret is never named; the client id's end tells which app it was.
      record(
          businessId,
          "Custom connection saved (client id "
              + ChangeSummary.endingOf(clientId)
              + ") to "
              + connection.getOrganisationName());
      return Response.ok(ConnectionView.of(connection)).build();
    } catch (XeroIdentityException e) {
      if (e.status() == 0 || e.status() >= 500) {
        return Problem.response(Response.Status.BAD_GATEWAY, e.getMessage());
      }
      throw new InvalidRequest(
          "clientSecret", "Xero refused the Client ID and Secret. " + e.getMessage());
    } catch (ConnectionTestFailed e) {
      return Problem.response(Response.Status.BAD_GATEWAY, e.getMessage());
    }
  }

  /** The user picked the organisation this business sends to, among those they authorised. */
  @PUT
  @Path("organisation")
  public ConnectionView chooseOrganisation(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the chosen organisation as a JSON body") @Valid
          OrganisationChoice choice) {
    try {
      XeroConnection connection = oauth2.chooseOrganisation(businessId, choice.tenantId());
      record(businessId, "Organisation chosen: " + connection.getOrganisationName());
      return ConnectionView.of(connection);
    } catch (ConnectionTestFailed e) {
      throw new InvalidRequest("tenantId", e.getMessage());
    }
  }

  /** Makes a test connection now and answers the connection with its result. */
  @POST
  @Path("test")
  public ConnectionView test(@PathParam("businessId") @BusinessId String businessId) {
    if (connections.find(businessId).isEmpty()) {
      throw notConnected(businessId);
    }
    return ConnectionView.of(tester.test(businessId));
  }

  @DELETE
  public Response delete(@PathParam("businessId") @BusinessId String businessId) {
    try {
      if (!disconnection.disconnect(businessId)) {
        throw notConnected(businessId);
      }
    } catch (XeroIdentityException e) {
      return Problem.response(
          Response.Status.BAD_GATEWAY,
          "Xero could not be told to disconnect; try again. " + e.getMessage());
    }
    record(businessId, "Disconnected from Xero");
    return Response.noContent().build();
  }

  private void record(String businessId, String summary) {
    audit.record(businessId, caller.getUserPrincipal(), AuditTopic.CONNECTION, summary);
  }

  private static NotFoundException notConnected(String businessId) {
    return new NotFoundException("Business " + businessId + " is not connected to Xero");
  }
}
