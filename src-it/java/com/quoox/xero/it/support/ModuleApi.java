package com.quoox.xero.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.quoox.xero.websecurity.SameOriginChanges;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A black-box HTTP client of the deployed module's REST API and of the demo shop. */
public final class ModuleApi {

  /** Writes events as the shop's JSON-B reads them: Instants as ISO-8601 text. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Test users of Elytron's ApplicationRealm (src-it/wildfly): user name and password. */
  public record User(String name, String password) {
    /** Role quoox-xero-admin, may act for every business: the operator the tests act as. */
    public static final User OPERATOR = new User("it-operator", "it-operator-password");

    /** Role quoox-xero-admin for business alice-shop only. */
    public static final User ALICE = new User("alice", "alice-password");

    /** Role quoox-xero-admin for business bob-shop only. */
    public static final User BOB = new User("bob", "bob-password");

    /** May look at business alice-shop, not change it (no quoox-xero-admin). */
    public static final User CAROL_VIEWER = new User("carol-viewer", "carol-viewer-password");

    /** The demo's business owner, for business demo-coffee. */
    public static final User DEMO_OWNER = new User("demo-owner", "demo-owner-password");

    String basicAuthorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * What this client sends in the header every change needs (on reads too, as the settings page
   * does): an API client, not a page a browser was made to post.
   */
  public static final String CLIENT = "quoox-xero-it";

  private final HttpClient http = WildFlyHttp.client();
  private final String base;
  private final User user;

  public ModuleApi(URL deploymentUrl) {
    this(deploymentUrl, User.OPERATOR);
  }

  /** A client that signs in as {@code user} (null: anonymous). */
  public ModuleApi(URL deploymentUrl, User user) {
    this.base = deploymentUrl.toString().replaceAll("/+$", "") + "/api/";
    this.user = user;
  }

  /** The same module, as another user (null: anonymous). */
  public ModuleApi as(User other) {
    return new ModuleApi(base, other);
  }

  private ModuleApi(String base, User user) {
    this.base = base;
    this.user = user;
  }

  /**
   * The same user on another JAX-RS application of the deployment: {@code "host"} is a host's
   * application at {@code <context>/host/} (EmbeddedInHostIT).
   */
  public ModuleApi application(String applicationPath) {
    return new ModuleApi(base.replaceFirst("api/$", applicationPath + "/"), user);
  }

  /** The value of the Authorization header this client sends, or null when anonymous. */
  public String authorization() {
    return user == null ? null : user.basicAuthorization();
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

  /**
   * A download such as the private app's {@code .cer}: asks for {@code accept} instead of JSON and
   * answers the raw response, so its headers (Content-Disposition …) can be checked.
   */
  public HttpResponse<String> download(String method, String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Accept", accept)
            .header(SameOriginChanges.HEADER, CLIENT);
    if (user != null) {
      request.header("Authorization", user.basicAuthorization());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json");
  }

  private Answer send(HttpRequest.Builder request) {
    request.header(SameOriginChanges.HEADER, CLIENT);
    if (user != null) {
      request.header("Authorization", user.basicAuthorization());
    }
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
