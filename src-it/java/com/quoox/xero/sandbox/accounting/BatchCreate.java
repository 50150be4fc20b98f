package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Xero's batch semantics for creates: by default (summarizeErrors=true) one bad element rejects the
 * whole batch with 400; with summarizeErrors=false the answer is 200 and good and failed elements
 * stand side by side.
 */
public final class BatchCreate {

  private BatchCreate() {}

  public static SandboxResponse run(
      String collection,
      JsonNode elements,
      boolean summarizeErrors,
      Function<ObjectNode, List<String>> check,
      Function<ObjectNode, ObjectNode> create) {
    List<ObjectNode> sent = new ArrayList<>();
    elements.forEach(element -> sent.add((ObjectNode) element));
    ArrayNode answers = XeroJson.MAPPER.createArrayNode();
    if (summarizeErrors) {
      List<ObjectNode> failed = new ArrayList<>();
      for (ObjectNode element : sent) {
        List<String> errors = check.apply(element);
        if (!errors.isEmpty()) {
          failed.add(XeroErrors.withErrors(element, errors));
        }
      }
      if (!failed.isEmpty()) {
        return XeroErrors.validation(failed);
      }
      sent.forEach(element -> answers.add(create.apply(element)));
    } else {
      for (ObjectNode element : sent) {
        List<String> errors = check.apply(element);
        answers.add(
            errors.isEmpty() ? create.apply(element) : XeroErrors.withErrors(element, errors));
      }
    }
    return SandboxResponse.json(200, XeroJson.write(envelope(collection, answers)));
  }

  /** The array of elements to create, e.g. the body's {@code "BankTransfers"}. */
  public static JsonNode elements(SandboxRequest request, String collection)
      throws JsonProcessingException {
    return elements(XeroJson.parse(request.body()), collection);
  }

  public static JsonNode elements(JsonNode body, String collection) {
    JsonNode elements = body.get(collection);
    if (elements == null || !elements.isArray()) {
      throw new IllegalArgumentException(
          "The request body must hold a \"" + collection + "\" array.");
    }
    return elements;
  }

  /** Xero summarizes errors (rejecting the whole batch) unless told summarizeErrors=false. */
  public static boolean summarizeErrors(SandboxRequest request) {
    return !"false".equalsIgnoreCase(request.param("summarizeErrors"));
  }

  /** The wrapper Xero puts around every Accounting API answer. */
  public static ObjectNode envelope(String collection, ArrayNode items) {
    ObjectNode body = XeroJson.object();
    body.put("Id", UUID.randomUUID().toString());
    body.put("Status", "OK");
    body.put("ProviderName", "Quoox Xero Sandbox");
    body.put("DateTimeUTC", XeroJson.msDate(Instant.now()));
    body.set(collection, items);
    return body;
  }
}
