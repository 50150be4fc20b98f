package com.quoox.xero.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The error answers in the shapes Xero uses, so the SDK maps them onto its own exceptions ({@code
 * XeroBadRequestException} with elements, {@code XeroUnauthorizedException}, ...).
 */
public final class XeroErrors {

  private XeroErrors() {}

  /** Xero's identity problem body for a missing, unknown or expired bearer token. */
  public static SandboxResponse unauthorized(String detail) {
    return problem(401, "Unauthorized", detail);
  }

  /**
   * A valid token without the scope the endpoint needs: 401 AuthorizationUnsuccessful
   * (https://github.com/XeroAPI/xero-ruby-oauth2-app/issues/82) with insufficient_scope in
   * WWW-Authenticate (https://community.xero.com/developer/discussion/119166525/).
   */
  public static SandboxResponse insufficientScope() {
    return problem(401, "Unauthorized", "AuthorizationUnsuccessful")
        .withHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
  }

  public static SandboxResponse forbidden() {
    return problem(403, "Forbidden", "AuthenticationUnsuccessful");
  }

  /**
   * ErrorNumber 10: business validation failed on one or more elements (each carries
   * ValidationErrors).
   */
  public static SandboxResponse validation(Collection<ObjectNode> failedElements) {
    ObjectNode body = XeroJson.object();
    body.put("ErrorNumber", 10);
    body.put("Type", "ValidationException");
    body.put("Message", "A validation exception occurred");
    body.putArray("Elements").addAll(failedElements);
    return SandboxResponse.json(400, XeroJson.write(body));
  }

  /** ErrorNumber 14: the request itself is malformed (here: it breaks Xero's OpenAPI contract). */
  public static SandboxResponse postDataInvalid(String message) {
    ObjectNode body = XeroJson.object();
    body.put("ErrorNumber", 14);
    body.put("Type", "PostDataInvalidException");
    body.put("Message", message);
    return SandboxResponse.json(400, XeroJson.write(body));
  }

  public static SandboxResponse notFound() {
    return SandboxResponse.text(
        404, "text/plain; charset=utf-8", "The resource you're looking for cannot be found");
  }

  /** A status chosen by a test (500, 502, 503, ...) with a short body like Xero's gateway pages. */
  public static SandboxResponse injected(int status) {
    String text =
        status == 503 ? "The service is currently unavailable" : "An error occurred in Xero";
    return SandboxResponse.text(status, "text/plain; charset=utf-8", text);
  }

  /** Marks an element as failed the way Xero does, keeping what the client sent. */
  public static ObjectNode withErrors(ObjectNode element, List<String> messages) {
    ObjectNode failed = element.deepCopy();
    failed.put("HasErrors", true);
    failed.put("StatusAttributeString", "ERROR");
    ArrayNode errors = failed.putArray("ValidationErrors");
    messages.forEach(message -> errors.addObject().put("Message", message));
    return failed;
  }

  private static SandboxResponse problem(int status, String title, String detail) {
    ObjectNode body = XeroJson.object();
    body.putNull("Type");
    body.put("Title", title);
    body.put("Status", status);
    body.put("Detail", detail);
    body.put("Instance", UUID.randomUUID().toString());
    body.putObject("Extensions");
    return SandboxResponse.json(status, XeroJson.write(body));
  }
}
