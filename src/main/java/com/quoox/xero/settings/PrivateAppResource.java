package com.quoox.xero.settings;

import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.audit.AuditTrail;
import com.quoox.xero.audit.ChangeSummary;
import com.quoox.xero.connection.CertificateInUse;
import com.quoox.xero.connection.ConnectionTestFailed;
import com.quoox.xero.connection.PrivateAppCertificates;
import com.quoox.xero.connection.PrivateAppRefused;
import com.quoox.xero.connection.PrivateAppSetup;
import com.quoox.xero.connection.XeroConnection;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.InvalidRequest;
import com.quoox.xero.rest.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * The legacy Xero private app (DESIGN §3): "Download X509 Certificate", then Save of the consumer
 * key and secret Xero showed, verified by a signed test connection. The private key never leaves
 * the module.
 */
@Path("businesses/{businessId}/xero/connection/private-app")
public class PrivateAppResource {

  /** What Xero's developer portal took, and browsers save, as a {@code .cer} download. */
  static final String CERTIFICATE_TYPE = "application/x-x509-ca-cert";

  @Inject PrivateAppCertificates certificates;

  @Inject PrivateAppSetup setup;

  @Inject AuditTrail audit;

  @Context SecurityContext caller;

  /** A new key pair and certificate for the business, answered as a {@code .cer} download. */
  @POST
  @Path("certificate")
  @Produces(CERTIFICATE_TYPE)
  public Response generate(
      @PathParam("businessId") @BusinessId String businessId,
      @QueryParam("replace") @DefaultValue("false") boolean replace,
      @Context UriInfo uri) {
    try {
      String pem = certificates.issue(businessId, replace);
      record(
          businessId,
          replace
              ? "Private app certificate issued, replacing the one in use"
              : "Private app certificate issued");
      return download(
          Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).build()),
          businessId,
          pem);
    } catch (CertificateInUse e) {
      return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @GET
  @Path("certificate")
  @Produces(CERTIFICATE_TYPE)
  public Response certificate(@PathParam("businessId") @BusinessId String businessId) {
    String pem =
        certificates
            .certificatePem(businessId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Business "
                            + businessId
                            + " has no private app certificate yet: POST to this address makes"
                            + " one"));
    return download(Response.ok(), businessId, pem);
  }

  /** Verifies the fields, makes the signed test connection, then stores the connection. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response connect(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send the consumer key and secret as a JSON body") @Valid
          PrivateAppRequest request) {
    try {
      String consumerKey = request.consumerKey().trim();
      XeroConnection connection =
          setup.connect(businessId, consumerKey, request.consumerSecret().trim());
      record(
          businessId,
          "Private app saved (consumer key "
              + ChangeSummary.endingOf(consumerKey)
              + ") to "
              + connection.getOrganisationName());
      return Response.ok(ConnectionView.of(connection)).build();
    } catch (PrivateAppRefused e) {
      throw new InvalidRequest(e.field(), e.getMessage());
    } catch (ConnectionTestFailed e) {
      return Problem.response(Response.Status.BAD_GATEWAY, e.getMessage());
    }
  }

  private void record(String businessId, String summary) {
    audit.record(businessId, caller.getUserPrincipal(), AuditTopic.CONNECTION, summary);
  }

  private static Response download(Response.ResponseBuilder answer, String businessId, String pem) {
    return answer
        .type(CERTIFICATE_TYPE)
        .header("Content-Disposition", "attachment; filename=\"quoox-xero-" + businessId + ".cer\"")
        .entity(pem)
        .build();
  }
}
