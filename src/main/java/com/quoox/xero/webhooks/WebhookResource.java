package com.quoox.xero.webhooks;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Where Xero POSTs webhook events. Open to anyone (no sign-in): only Xero's signature of the raw
 * body lets a request in. A correctly signed payload is stored and answered 200 with no body at
 * once (Xero waits 5 seconds), a wrongly signed or unsigned one 401; what the events mean is worked
 * out after the answer.
 */
@Path("xero/webhooks")
public class WebhookResource {

  private static final Logger LOG = Logger.getLogger(WebhookResource.class);

  @Inject WebhookKey webhookKey;

  @Inject WebhookEvents events;

  @Inject WebhookProcessing processing;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response receive(@HeaderParam("x-xero-signature") String signature, byte[] body) {
    if (!XeroSignature.matches(body == null ? new byte[0] : body, signature, webhookKey.value())) {
      if (!webhookKey.isSet()) {
        LOG.warn("A Xero webhook arrived but quoox.xero.webhook-key is not set: answered 401");
      }
      return Response.status(Response.Status.UNAUTHORIZED).build();
    }
    List<ReceivedEvent> received = ReceivedEvent.parse(body);
    if (!received.isEmpty()) {
      store(received);
      processing.wake();
    }
    return Response.ok().build();
  }

  /** A concurrent delivery of the same event may win the unique key: the second store finds it. */
  private void store(List<ReceivedEvent> received) {
    Instant now = Instant.now();
    try {
      events.storeNew(received, now);
    } catch (RuntimeException e) {
      events.storeNew(received, now);
    }
  }
}
