package com.quoox.xero.settings;

import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.CustomConnectionSetup;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.xeroapi.XeroIdentityException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Connects a business to Xero, shows the connection, and disconnects it (DESIGN §6). Saving always
 * verifies the fields and makes a test connection before anything is stored.
 */
@Path("businesses/{businessId}/xero/connection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {

  @Inject ConnectionRepository connections;

  @Inject CustomConnectionSetup customConnection;

  @Inject XeroSessions sessions;

  @GET
  public ConnectionView get(@PathParam("businessId") @BusinessId String businessId) {
    return connections
        .find(businessId)
        .map(ConnectionView::of)
        .orElseThrow(
            () -> new NotFoundException("Business " + businessId + " is not connected to Xero"));
  }

  @PUT
  public Response put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the connection as a JSON body") @Valid ConnectionRequest request) {
    try {
      return Response.ok(
              ConnectionView.of(
                  customConnection.connect(
                      businessId, request.clientId().trim(), request.clientSecret().trim())))
          .build();
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

  @DELETE
  public Response delete(@PathParam("businessId") @BusinessId String businessId) {
    sessions.forget(businessId);
    return connections.delete(businessId)
        ? Response.noContent().build()
        : Problem.response(
            Response.Status.NOT_FOUND, "Business " + businessId + " is not connected to Xero");
  }
}
