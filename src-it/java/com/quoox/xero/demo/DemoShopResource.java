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
import java.util.function.Consumer;

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
    return handled(body, SaleCompleted.class, shop::rememberPastSale);
  }

  @POST
  @Path("refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(String body) {
    return handled(body, RefundIssued.class, shop::issueRefund);
  }

  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response payment(String body) {
    return handled(body, PaymentReceived.class, shop::receivePayment);
  }

  @POST
  @Path("refund-payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refundPayment(String body) {
    return handled(body, RefundPaid.class, shop::payRefund);
  }

  @POST
  @Path("payouts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response payout(String body) {
    return handled(body, PayoutPaid.class, shop::payOut);
  }

  @POST
  @Path("businesses/{shopId}/random-sale")
  public Response randomSale(@PathParam("shopId") String businessId) {
    SaleCompleted sale = RandomBaskets.sale(businessId);
    shop.completeSale(sale, false);
    return Response.ok(JSONB.toJson(sale)).build();
  }

  /**
   * Reads the event as JSON-B does (Instants and amounts exactly as sent), hands it on, echoes it.
   */
  private static <T> Response handled(String body, Class<T> type, Consumer<T> shopAction) {
    T event = JSONB.fromJson(body, type);
    shopAction.accept(event);
    return Response.ok(JSONB.toJson(event)).build();
  }
}
