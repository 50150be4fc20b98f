package com.quoox.xero.it.host;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The host's till API: {@code POST /host/tills/{businessId}/sales[?rollback=true]}, {@code POST
 * …/refunds} (the events' own JSON, read by JSON-B so Instants and amounts arrive as sent), and
 * {@code GET …/records}, what the till committed.
 */
@Path("tills/{businessId}")
@Produces(MediaType.APPLICATION_JSON)
public class HostTillResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject HostTill till;

  @POST
  @Path("sales")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sell(
      @PathParam("businessId") String businessId,
      @QueryParam("rollback") @DefaultValue("false") boolean rollback,
      String body) {
    SaleCompleted sale = JSONB.fromJson(body, SaleCompleted.class);
    if (!businessId.equals(sale.businessId())) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    try {
      till.sell(sale, rollback);
    } catch (HostTill.SaleFailed e) {
      return Response.status(Response.Status.CONFLICT).entity(JSONB.toJson(e.getMessage())).build();
    }
    return Response.ok(JSONB.toJson(sale.saleNumber())).build();
  }

  @POST
  @Path("refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(@PathParam("businessId") String businessId, String body) {
    RefundIssued refund = JSONB.fromJson(body, RefundIssued.class);
    if (!businessId.equals(refund.businessId())) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    till.refund(refund);
    return Response.ok(JSONB.toJson(refund.refundNumber())).build();
  }

  @GET
  @Path("records")
  public Response records(@PathParam("businessId") String businessId) {
    return Response.ok(JSONB.toJson(till.recorded(businessId))).build();
  }
}
