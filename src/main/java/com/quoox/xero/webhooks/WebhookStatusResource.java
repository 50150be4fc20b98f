package com.quoox.xero.webhooks;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;

/** For the settings page (signed in): the webhook URL to register at Xero and whether it works. */
@Path("xero/webhook-status")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookStatusResource {

  @Inject WebhookKey webhookKey;

  @Inject WebhookEvents events;

  @Context UriInfo uri;

  @GET
  public WebhookStatus status() {
    Map<WebhookEventState, Long> counts = events.countByState();
    Instant last = events.lastReceived();
    return new WebhookStatus(
        uri.getBaseUriBuilder().path("xero/webhooks").build().toString(),
        webhookKey.isSet(),
        last == null ? null : last.toString(),
        counts.getOrDefault(WebhookEventState.PROCESSED, 0L),
        counts.getOrDefault(WebhookEventState.RECEIVED, 0L),
        counts.getOrDefault(WebhookEventState.IGNORED, 0L),
        events.countIgnored());
  }
}
