package com.quoox.xero.sandbox.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An app's webhook at Xero: where events go and the key they are signed with. Each delivery is a
 * POST of {@code {"events": […], "firstEventSequence", "lastEventSequence", "entropy"}} with its
 * {@code x-xero-signature}; Xero wants 200 within 5 seconds for a correctly signed payload and 401
 * for a wrongly signed one
 * (https://developer.xero.com/documentation/webhooks/configuring-your-server).
 */
public final class WebhookSubscription {

  /** Xero gives up on a delivery the receiver has not answered within 5 seconds. */
  public static final Duration XERO_WAITS = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final URI deliveryUrl;
  private final String webhookKey;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final AtomicLong sequence = new AtomicLong();
  private final SecureRandom random = new SecureRandom();
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  public WebhookSubscription(URI deliveryUrl, String webhookKey) {
    this.deliveryUrl = deliveryUrl;
    this.webhookKey = webhookKey;
  }

  /** One POST to the receiver: what was sent, how it was signed, and how it was answered. */
  public record Delivery(byte[] payload, String signature, int status, Duration answeredIn) {}

  /** Sends {@code events} in one correctly signed payload. */
  public Delivery deliver(List<WebhookEvent> events) {
    byte[] payload = payload(events);
    return post(payload, WebhookSignature.of(payload, webhookKey));
  }

  /** Sends {@code events} signed with another key, as anyone but Xero would. */
  public Delivery deliverWronglySigned(List<WebhookEvent> events) {
    byte[] payload = payload(events);
    return post(payload, WebhookSignature.of(payload, webhookKey + "-not-xero"));
  }

  /** Sends exactly these bytes with this signature again, as a replay of an earlier delivery. */
  public Delivery replay(Delivery earlier) {
    return post(earlier.payload(), earlier.signature());
  }

  /**
   * Xero's "intent to receive" validation: a series of empty-events payloads, some signed with the
   * webhook key and some not, in an order the receiver cannot guess. Passed when every correctly
   * signed one got 200 and every wrongly signed one 401.
   */
  public IntentToReceive intentToReceive() {
    List<Boolean> correctlySigned = List.of(true, false, random.nextBoolean(), true, false);
    List<Delivery> answers =
        correctlySigned.stream()
            .map(right -> right ? deliver(List.of()) : deliverWronglySigned(List.of()))
            .toList();
    boolean passed = true;
    for (int i = 0; i < answers.size(); i++) {
      Delivery answer = answers.get(i);
      int wanted = correctlySigned.get(i) ? 200 : 401;
      passed &= answer.status() == wanted && answer.answeredIn().compareTo(XERO_WAITS) <= 0;
    }
    return new IntentToReceive(passed, answers);
  }

  /** The outcome of an intent-to-receive validation and the deliveries it was made of. */
  public record IntentToReceive(boolean passed, List<Delivery> deliveries) {}

  /** Every delivery so far, in order. */
  public List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Xero's payload: validation requests carry no events and sequence 0. */
  public byte[] payload(List<WebhookEvent> events) {
    ObjectNode payload = JSON.createObjectNode();
    ArrayNode items = payload.putArray("events");
    long first = events.isEmpty() ? 0 : sequence.incrementAndGet();
    long last = events.isEmpty() ? 0 : first + events.size() - 1;
    if (!events.isEmpty()) {
      sequence.set(last);
    }
    for (WebhookEvent event : events) {
      items
          .addObject()
          .put("resourceUrl", event.resourceUrl())
          .put("resourceId", event.resourceId())
          .put("eventDateUtc", event.eventDateText())
          .put("eventType", event.eventType())
          .put("eventCategory", event.eventCategory())
          .put("tenantId", event.tenantId())
          .put("tenantType", event.tenantType());
    }
    payload.put("firstEventSequence", first);
    payload.put("lastEventSequence", last);
    payload.put("entropy", entropy());
    try {
      return JSON.writeValueAsBytes(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String entropy() {
    StringBuilder entropy = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      entropy.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return entropy.toString();
  }

  private Delivery post(byte[] payload, String signature) {
    HttpRequest request =
        HttpRequest.newBuilder(deliveryUrl)
            .timeout(XERO_WAITS)
            .header("Content-Type", "application/json")
            .header("x-xero-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
            .build();
    long started = System.nanoTime();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      // Xero counts a timeout or a lost connection as a failed delivery, as it does any non-200.
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    Delivery delivery =
        new Delivery(payload, signature, status, Duration.ofNanos(System.nanoTime() - started));
    deliveries.add(delivery);
    return delivery;
  }
}
