package com.quoox.xero.readiness;

import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.XeroUnavailable;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET …/xero/readiness}: what would stop the business's sales from reaching Xero correctly,
 * checked live against the organisation before a sale is sent.
 */
@Path("businesses/{businessId}/xero/readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

  /** The items, and whether any blocks. */
  public record ReadinessView(boolean ready, List<ReadinessItem> items) {}

  @Inject ReadinessCheck check;

  @GET
  public ReadinessView get(@PathParam("businessId") @BusinessId String businessId) {
    try {
      List<ReadinessItem> items = check.of(businessId);
      return new ReadinessView(
          items.stream().noneMatch(i -> i.level() == ReadinessItem.Level.BLOCKING), items);
    } catch (IOException e) {
      throw XeroUnavailable.becauseOf(e);
    } catch (ConnectionNotUsable e) {
      throw XeroUnavailable.notConnected(e);
    }
  }
}
