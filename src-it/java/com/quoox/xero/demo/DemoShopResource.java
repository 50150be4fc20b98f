package com.quoox.xero.demo;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The demo shop's till: {@code POST /api/demo/sales} with a sale as JSON (the event's own shape),
 * {@code POST /api/demo/refunds}, {@code …/payments}, {@code …/refund-payments}, {@code …/payouts},
 * and {@code POST /api/demo/businesses/{id}/random-sale} for the demo page. JSON-B reads the events
 * so Instants and amounts arrive exactly as sent.
 */
@Path("demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoShopResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject DemoShop shop;

  @POST
  @Path("sales")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sell(String body, @QueryParam("fail") @DefaultValue("false") boolean fail) {
    SaleCompleted sale = JSONB.fromJson(body, SaleCompleted.class);
    try {
      shop.completeSale(sale, fail);
    } catch (DemoShop.SaleFailed e) {
      return Response.status(Response.Status.CONFLICT).entity(JSONB.toJson(e.getMessage())).build();
    }
    return Response.ok(JSONB.toJson(sale)).build();
  }

  /** Records a sale in the till's history only, as made before the Xero module was installed. */
  @POST
  @Path("past-sales")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pastSale(String body) {
    SaleCompleted sale = JSONB.fromJson(body, SaleCompleted.class);
    shop.rememberPastSale(sale);
    return Response.ok(JSONB.toJson(sale)).build();
  }

  @POST
  @Path("refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(String body) {
    RefundIssued refund = JSONB.fromJson(body, RefundIssued.class);
    shop.issueRefund(refund);
    return Response.ok(JSONB.toJson(refund)).build();
  }

  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response payment(String body) {
    PaymentReceived payment = JSONB.fromJson(body, PaymentReceived.class);
    shop.receivePayment(payment);
    return Response.ok(JSONB.toJson(payment)).build();
  }

  @POST
  @Path("refund-payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refundPayment(String body) {
    RefundPaid paid = JSONB.fromJson(body, RefundPaid.class);
    shop.payRefund(paid);
    return Response.ok(JSONB.toJson(paid)).build();
  }

  @POST
  @Path("payouts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response payout(String body) {
    PayoutPaid payout = JSONB.fromJson(body, PayoutPaid.class);
    shop.payOut(payout);
    return Response.ok(JSONB.toJson(payout)).build();
  }

  @POST
  @Path("businesses/{shopId}/random-sale")
  public Response randomSale(@PathParam("shopId") String businessId) {
    SaleCompleted sale = RandomBaskets.sale(businessId);
    shop.completeSale(sale, false);
    return Response.ok(JSONB.toJson(sale)).build();
  }
}
