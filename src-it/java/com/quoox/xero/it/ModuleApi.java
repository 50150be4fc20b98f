package com.quoox.xero.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A black-box HTTP client of the deployed module's REST API and of the demo shop. */
public final class ModuleApi {

  /** Writes events as the shop's JSON-B reads them: Instants as ISO-8601 text. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ModuleApi(URL deploymentUrl) {
    this.base = deploymentUrl.toString().replaceAll("/+$", "") + "/api/";
  }

  /** An answer: its status, content type and body as JSON (null when empty or not JSON). */
  public record Answer(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return body == null || body.isBlank() ? null : JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }
  }

  /** The absolute address of a path of the module's API. */
  public URI uri(String path) {
    return URI.create(base + path);
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Answer put(String path, String json) {
    return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer post(String path, String json) {
    return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /** Fires an event through the demo shop. */
  public Answer fire(String path, Object event) {
    try {
      return post(path, JSON.writeValueAsString(event));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json");
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
