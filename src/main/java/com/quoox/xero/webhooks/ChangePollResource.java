package com.quoox.xero.webhooks;

import com.quoox.xero.rest.BusinessId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * For a business whose Xero app has no webhooks: switches the slow poll of invoices changed in Xero
 * on or off (off unless switched on).
 */
@Path("businesses/{businessId}/xero/change-poll")
@Produces(MediaType.APPLICATION_JSON)
public class ChangePollResource {

  @Inject ChangePolls polls;

  /** Whether the poll is on, and up to when Xero's changes were looked at. */
  public record View(boolean enabled, String polledUntil) {
    static View of(ChangePoll poll) {
      return new View(poll.isEnabled(), poll.getPolledUntil().toString());
    }
  }

  public record Choice(@NotNull(message = "say whether to poll: true or false") Boolean enabled) {}

  @GET
  public View get(@PathParam("businessId") @BusinessId String businessId) {
    return polls.find(businessId).map(View::of).orElse(new View(false, null));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public View put(
      @PathParam("businessId") @BusinessId String businessId,
      @NotNull(message = "send {\"enabled\": true} or false") @Valid Choice choice) {
    return View.of(polls.switchOn(businessId, choice.enabled()));
  }
}
