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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The demo shop's till: {@code POST /api/demo/sales} with a sale as JSON (the event's own shape),
 * {@code POST /api/demo/refunds}, {@code …/payments}, {@code …/refund-payments}, {@code …/payouts},
 * and for the demo page {@code POST /api/demo/businesses/{id}/random-sale}, {@code
 * …/sales/{saleId}/refund-one-item}, {@code …/sales/{saleId}/card-payment} and {@code GET
 * …/sync-log}. JSON-B reads the events so Instants and amounts arrive exactly as sent.
 */
@Path("demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoShopResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject DemoShop shop;

  @Inject DemoSalesHistory history;

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

  /**
   * @param onTab the customer pays later (the demo page's sales, so that "Record a card payment"
   *     has something to pay); by default they pay by card at the till
   */
  @POST
  @Path("businesses/{shopId}/random-sale")
  public Response randomSale(
      @PathParam("shopId") String businessId,
      @QueryParam("onTab") @DefaultValue("false") boolean onTab) {
    SaleCompleted sale = RandomBaskets.sale(businessId, !onTab);
    shop.completeSale(sale, false);
    return Response.ok(JSONB.toJson(sale)).build();
  }

  /** The demo page's "Refund one item": a {@code RefundIssued} of one unit of the sale. */
  @POST
  @Path("businesses/{shopId}/sales/{saleId}/refund-one-item")
  public Response refundOneItem(
      @PathParam("shopId") String businessId, @PathParam("saleId") String saleId) {
    return followUp(
        businessId,
        saleId,
        sale -> {
          RefundIssued refund = SaleFollowUps.refundOfOneItem(sale, history.refundsOf(sale));
          shop.issueRefund(refund);
          return refund;
        });
  }

  /** The demo page's "Record a card payment": a {@code PaymentReceived} of what is owed, CARD. */
  @POST
  @Path("businesses/{shopId}/sales/{saleId}/card-payment")
  public Response cardPayment(
      @PathParam("shopId") String businessId, @PathParam("saleId") String saleId) {
    return followUp(
        businessId,
        saleId,
        sale -> {
          PaymentReceived payment =
              SaleFollowUps.cardPaymentFor(sale, history.refundsOf(sale), history.paymentsOf(sale));
          shop.receivePayment(payment);
          return payment;
        });
  }

  private Response followUp(String businessId, String saleId, Function<SaleCompleted, ?> action) {
    SaleCompleted sale =
        history
            .sale(businessId, saleId)
            .orElseThrow(() -> new NotFoundException("The demo till has no sale " + saleId));
    try {
      return Response.ok(JSONB.toJson(action.apply(sale))).build();
    } catch (SaleFollowUps.NothingToDo e) {
      return Response.status(Response.Status.CONFLICT).entity(JSONB.toJson(e.getMessage())).build();
    }
  }

  /**
   * The business's sync log, newest first, for the demo page, which signs in nowhere (as the other
   * demo endpoints): the module's own {@code GET /api/businesses/{id}/xero/sync}, read over HTTP as
   * the demo's owner, so it passes the module's sign-in and business guard like any user's request.
   * Credentials of the demo's test realm (ModuleApi.User.DEMO_OWNER, not deployed).
   */
  @GET
  @Path("businesses/{shopId}/sync-log")
  public Response syncLog(@PathParam("shopId") String businessId, @Context UriInfo uri)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                uri.getBaseUri()
                    .resolve(
                        "businesses/"
                            + URLEncoder.encode(businessId, StandardCharsets.UTF_8)
                            + "/xero/sync"))
            .header("Authorization", DEMO_OWNER)
            .header("Accept", MediaType.APPLICATION_JSON)
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return Response.status(answer.statusCode()).entity(answer.body()).build();
  }

  /** HTTP/1.1: JDK 17's client fails requests in flight on an HTTP/2 GOAWAY (JDK-8335181). */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final String DEMO_OWNER =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("demo-owner:demo-owner-password".getBytes(StandardCharsets.UTF_8));

  /**
   * Reads the event as JSON-B does (Instants and amounts exactly as sent), hands it on, echoes it.
   */
  private static <T> Response handled(String body, Class<T> type, Consumer<T> shopAction) {
    T event = JSONB.fromJson(body, type);
    shopAction.accept(event);
    return Response.ok(JSONB.toJson(event)).build();
  }
}
