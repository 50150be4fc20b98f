package com.quoox.xero.sandbox.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's webhooks sign and shape their payloads as Xero does, and its intent-to-receive
 * validation passes only a receiver that tells Xero's signature from anyone else's.
 */
public class WebhookSubscriptionIT {

  private static final String KEY = "sandbox-webhook-key";

  private HttpServer receiver;
  private final List<byte[]> received = new CopyOnWriteArrayList<>();
  private volatile boolean checksSignature = true;

  @BeforeEach
  public void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst("x-xero-signature");
          boolean right =
              signature != null
                  && MessageDigest.isEqual(
                      signature.getBytes(StandardCharsets.US_ASCII),
                      WebhookSignature.of(body, KEY).getBytes(StandardCharsets.US_ASCII));
          received.add(body);
          exchange.sendResponseHeaders(right || !checksSignature ? 200 : 401, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  public void stopReceiver() {
    receiver.stop(0);
  }

  private WebhookSubscription subscription() {
    return new WebhookSubscription(
        URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), KEY);
  }

  @Test
  public void intentToReceivePassesAReceiverThatChecksTheSignatureAndFailsOneThatDoesNot() {
    WebhookSubscription subscription = subscription();
    assertTrue(subscription.intentToReceive().passed());
    checksSignature = false;
    assertFalse(subscription.intentToReceive().passed());
  }

  @Test
  public void validationPayloadsCarryNoEventsAndSequenceZero() throws IOException {
    subscription().intentToReceive();
    JsonNode first = new ObjectMapper().readTree(received.get(0));
    assertEquals(0, first.get("events").size());
    assertEquals(0, first.get("firstEventSequence").asLong());
    assertEquals(0, first.get("lastEventSequence").asLong());
    assertEquals(20, first.get("entropy").asText().length());
  }

  @Test
  public void eventsCarryXerosFieldsAndRisingSequences() throws IOException {
    WebhookSubscription subscription = subscription();
    Instant at = Instant.parse("2026-12-06T03:04:05.678Z");
    String tenant = "aef86862-2015-4b6b-88bc-d89032cecc50";
    String invoice = "55d84274-a3da-4829-a7c0-0cab601b95cc";
    WebhookEvent event =
        WebhookEvent.invoiceUpdated("https://api.xero.com/api.xro/2.0", tenant, invoice, at);
    assertEquals(200, subscription.deliver(List.of(event, event)).status());
    assertEquals(200, subscription.deliver(List.of(event)).status());
    assertEquals(401, subscription.deliverWronglySigned(List.of(event)).status());

    JsonNode payload = new ObjectMapper().readTree(received.get(0));
    JsonNode sent = payload.get("events").get(0);
    assertEquals(
        "https://api.xero.com/api.xro/2.0/Invoices/" + invoice, sent.get("resourceUrl").asText());
    assertEquals(invoice, sent.get("resourceId").asText());
    assertEquals("2026-12-06T03:04:05.678", sent.get("eventDateUtc").asText());
    assertEquals("UPDATE", sent.get("eventType").asText());
    assertEquals("INVOICE", sent.get("eventCategory").asText());
    assertEquals(tenant, sent.get("tenantId").asText());
    assertEquals("ORGANISATION", sent.get("tenantType").asText());
    assertEquals(1, payload.get("firstEventSequence").asLong());
    assertEquals(2, payload.get("lastEventSequence").asLong());
    assertEquals(
        3, new ObjectMapper().readTree(received.get(1)).get("firstEventSequence").asLong());
  }
}
