package com.quoox.xero.sandbox;

import com.quoox.xero.sandbox.accounting.ContractValidator;
import com.quoox.xero.sandbox.console.ConsoleEndpoint;
import com.quoox.xero.sandbox.console.ProvisioningEndpoint;
import com.quoox.xero.sandbox.faults.NetworkLatency;
import com.quoox.xero.sandbox.faults.RollingWindow;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import com.quoox.xero.sandbox.faults.TenantRateLimiter;
import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.identity.AuthorizationCodes;
import com.quoox.xero.sandbox.identity.AuthorizeEndpoint;
import com.quoox.xero.sandbox.identity.ConnectionsEndpoint;
import com.quoox.xero.sandbox.identity.OAuthApps;
import com.quoox.xero.sandbox.identity.PrivateApps;
import com.quoox.xero.sandbox.identity.RandomToken;
import com.quoox.xero.sandbox.identity.RefreshTokens;
import com.quoox.xero.sandbox.identity.RevocationEndpoint;
import com.quoox.xero.sandbox.identity.SandboxUser;
import com.quoox.xero.sandbox.identity.Scopes;
import com.quoox.xero.sandbox.identity.TenantConnection;
import com.quoox.xero.sandbox.identity.TokenEndpoint;
import com.quoox.xero.sandbox.identity.TokenRegistry;
import com.quoox.xero.sandbox.webhooks.AppWebhook;
import com.quoox.xero.sandbox.webhooks.WebhookSubscription;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * A local Xero on one port: identity ({@code /identity/connect/authorize}, {@code /connect/token},
 * {@code /connect/revocation}, {@code /connections}) for Custom Connections and "Connect to Xero"
 * apps, the Accounting API under {@code /api.xro/2.0} validated against Xero's OpenAPI contract
 * (for bearer tokens and legacy private apps' OAuth 1.0a signatures), and read-only views under
 * {@code /_sandbox/}. Tests start one per JVM with {@link #shared()}; the demo runs {@link
 * XeroSandboxMain}.
 */
public final class XeroSandbox implements AutoCloseable {

  /** Xero's OpenAPI contract, copied unchanged into the repository (see SOURCE.txt beside it). */
  private static final String DEFAULT_CONTRACT =
      "src-it/resources/xero-openapi/xero_accounting.yaml";

  private static XeroSandbox shared;

  private final HttpServer server;
  private final ExecutorService executor;
  private final SandboxLimits limits;
  private final TokenRegistry tokens = new TokenRegistry();
  private final OAuthApps oauthApps = new OAuthApps();
  private final SandboxUser user = new SandboxUser();
  private final AuthorizationCodes codes = new AuthorizationCodes();
  private final RefreshTokens refreshTokens = new RefreshTokens(tokens);
  private final PrivateApps privateApps = new PrivateApps();
  private final Map<UUID, SandboxTenant> tenants = new ConcurrentHashMap<>();
  private final RollingWindow appMinute;
  private final AppWebhook webhook;
  private final Duration specLoadTime;

  private XeroSandbox(int port, Path spec, SandboxSetup setup) throws IOException {
    this.limits = setup.limits();
    NetworkLatency latency = setup.latency();
    this.appMinute = new RollingWindow(Duration.ofMinutes(1), limits.appPerMinute());
    long started = System.nanoTime();
    ContractValidator contract = new ContractValidator(spec);
    this.specLoadTime = Duration.ofNanos(System.nanoTime() - started);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    this.webhook = new AppWebhook(baseUrl() + ContractValidator.BASE_PATH);
    // More threads than Xero's 5 concurrent calls, so the sandbox itself can answer "concurrent"
    // 429s. With latency, a thread waits out each call's round trip: as many threads as calls in
    // flight, so the sandbox never caps what a module sends at once (Xero's limits do that).
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "xero-sandbox");
          thread.setDaemon(true);
          return thread;
        };
    this.executor =
        latency.isNone()
            ? Executors.newFixedThreadPool(16, threads)
            : Executors.newCachedThreadPool(threads);
    server.setExecutor(executor);
    server.createContext(
        "/identity/connect/authorize", new AuthorizeEndpoint(oauthApps, user, codes).asHandler());
    server.createContext(
        "/connect/token",
        delayed(new TokenEndpoint(tokens, oauthApps, codes, refreshTokens, tenants), latency));
    server.createContext(
        "/connect/revocation", delayed(new RevocationEndpoint(oauthApps, refreshTokens), latency));
    var connections = delayed(new ConnectionsEndpoint(tokens, tenants, refreshTokens), latency);
    server.createContext("/connections", connections);
    // xero-identity.yaml spells it /Connections; Xero answers both.
    server.createContext("/Connections", connections);
    server.createContext(
        ContractValidator.BASE_PATH + "/",
        new AccountingEndpoint(tokens, privateApps, tenants, contract, setup).asHandler());
    server.createContext("/_sandbox/", new ConsoleEndpoint(tenants, appMinute).asHandler());
    server.createContext(
        ProvisioningEndpoint.PATH,
        new ProvisioningEndpoint(
                (clientId, secret, name) -> addCustomConnection(clientId, secret, name))
            .asHandler());
    server.start();
  }

  /** Starts a sandbox with Xero's own limits; port 0 picks a free port. */
  public static XeroSandbox start(int port, Path spec) {
    return start(port, spec, SandboxLimits.xero());
  }

  public static XeroSandbox start(int port, Path spec, SandboxLimits limits) {
    return start(port, spec, SandboxSetup.forTests(limits));
  }

  public static XeroSandbox start(int port, Path spec, SandboxSetup setup) {
    try {
      return new XeroSandbox(port, spec, setup);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Xero sandbox on port " + port, e);
    }
  }

  /**
   * Xero's Accounting API contract that every request is validated against: system property {@code
   * sandbox.spec}, else the copy kept in this repository (run from the repository's top folder).
   */
  public static Path contract() {
    String configured = System.getProperty("sandbox.spec");
    return configured != null ? Path.of(configured) : Path.of(DEFAULT_CONTRACT);
  }

  /**
   * The one sandbox of this JVM (all ITs in the failsafe JVM share it), on system property {@code
   * sandbox.port} (default 18089) with the spec from {@code sandbox.spec}; stopped when the JVM
   * exits.
   */
  public static synchronized XeroSandbox shared() {
    if (shared == null) {
      int port = Integer.parseInt(System.getProperty("sandbox.port", "18089"));
      Path spec = XeroSandbox.contract();
      shared = start(port, spec);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /**
   * The scopes a Custom Connection or OAuth app gets unless a test names others: Xero's granular
   * scopes for invoices, payments, bank transactions, contacts, reading settings and the Bank
   * Summary, plus the broad {@code accounting.transactions} and {@code accounting.reports.read}
   * that apps created before March 2026 keep until September 2027
   * (https://developer.xero.com/faq/granular-scopes).
   */
  public static final String DEFAULT_SCOPES = Scopes.DEFAULT;

  /**
   * Adds an organisation reachable through a Custom Connection (client_credentials) with {@link
   * #DEFAULT_SCOPES} and returns its tenant id.
   */
  public String addCustomConnection(String clientId, String clientSecret, String organisationName) {
    return addCustomConnection(clientId, clientSecret, organisationName, DEFAULT_SCOPES);
  }

  /**
   * Adds an organisation reachable through a Custom Connection whose tokens carry {@code scopes}
   * (space-separated) and returns its tenant id.
   */
  public String addCustomConnection(
      String clientId, String clientSecret, String organisationName, String scopes) {
    UUID tenantId = newTenant(organisationName);
    UUID connectionId = UUID.randomUUID();
    tokens.addConnection(
        new TokenRegistry.CustomConnection(
            clientId,
            clientSecret,
            new TenantConnection(connectionId, tenantId, connectionId, Instant.now()),
            Scopes.parse(scopes)));
    return tenantId.toString();
  }

  // ---- OAuth 2.0 "Connect to Xero" (authorization code + PKCE)

  /**
   * Registers an OAuth 2.0 app as in Xero's developer portal. A null secret registers a public
   * (PKCE-only) client, which must send a code challenge and authenticates by client_id alone.
   */
  public void registerOAuthApp(String clientId, String clientSecret, String redirectUri) {
    registerOAuthApp(clientId, clientSecret, redirectUri, DEFAULT_SCOPES);
  }

  /**
   * Registers an OAuth 2.0 app that may ask for {@code scopes} (space-separated; openid, profile,
   * email and offline_access are always allowed); asking for any other scope is answered {@code
   * error=invalid_scope}.
   */
  public void registerOAuthApp(
      String clientId, String clientSecret, String redirectUri, String scopes) {
    oauthApps.register(
        new OAuthApps.OAuthApp(clientId, clientSecret, redirectUri, Scopes.parse(scopes)));
  }

  /**
   * Adds an organisation the signing-in user belongs to (and so may authorise for an app) and
   * returns its tenant id.
   */
  public String addOrganisation(String name) {
    UUID tenantId = newTenant(name);
    user.join(tenantId);
    return tenantId.toString();
  }

  /**
   * The organisations the user will pick on the next consent screen (each call queues one consent);
   * an empty list makes the user decline ({@code error=access_denied}). Without a queued choice the
   * user picks every organisation added with {@link #addOrganisation}.
   */
  public void authoriseNext(List<String> tenantIds) {
    user.willPick(tenantIds.stream().map(id -> UUID.fromString(tenant(id).tenantId())).toList());
  }

  /**
   * How many times the grant this refresh token belongs to (any token of its rotation family) was
   * refreshed; grace-window replays do not count. 0 for a token never seen.
   */
  public long refreshCount(String refreshToken) {
    return refreshTokens.refreshCount(refreshToken).orElse(0);
  }

  /**
   * Refreshes of every grant that authorised the tenant (the test never sees the module's tokens).
   */
  public long refreshCountFor(String tenantId) {
    return refreshTokens.refreshCountFor(UUID.fromString(tenantId));
  }

  /** How many "Connect to Xero" consents still connect an app to the tenant. */
  public long oauthConnectionsTo(String tenantId) {
    return refreshTokens.connectedGrantsFor(UUID.fromString(tenantId));
  }

  /** Makes the tenant's refresh tokens unusable, as Xero does after 60 days unused. */
  public void expireRefreshTokens(String tenantId) {
    refreshTokens.expireFor(UUID.fromString(tenantId));
  }

  // ---- legacy private app (OAuth 1.0a RSA-SHA1)

  /**
   * Adds an organisation reachable through a legacy private app whose X509 certificate (PEM) was
   * uploaded to Xero, and returns its tenant id. Calls signed with the matching private key need no
   * xero-tenant-id.
   */
  public String addPrivateApp(
      String consumerKey, String consumerSecret, String certificatePem, String organisationName) {
    PublicKey key = publicKeyOf(certificatePem);
    UUID tenantId = newTenant(organisationName);
    privateApps.add(new PrivateApps.PrivateApp(consumerKey, consumerSecret, key, tenantId));
    return tenantId.toString();
  }

  /** Deletes a private app as a user did in Xero's developer portal. */
  public void deletePrivateApp(String consumerKey) {
    privateApps.remove(consumerKey);
  }

  /** What Xero's developer portal showed after a private app was created. */
  public record PrivateAppCredentials(String consumerKey, String consumerSecret, String tenantId) {}

  /**
   * Creates a private app as a user did in Xero's developer portal: uploads the certificate (PEM)
   * for a new organisation and answers the consumer key and secret Xero made up (30 upper-case
   * letters and digits each, as Xero's were).
   */
  public PrivateAppCredentials createPrivateApp(String certificatePem, String organisationName) {
    String consumerKey = xeroStyleKey();
    String consumerSecret = xeroStyleKey();
    String tenantId = addPrivateApp(consumerKey, consumerSecret, certificatePem, organisationName);
    return new PrivateAppCredentials(consumerKey, consumerSecret, tenantId);
  }

  private static String xeroStyleKey() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder key = new StringBuilder(30);
    for (int i = 0; i < 30; i++) {
      key.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return key.toString();
  }

  private static PublicKey publicKeyOf(String certificate) {
    try {
      return CertificateFactory.getInstance("X.509")
          .generateCertificate(
              new ByteArrayInputStream(certificate.getBytes(StandardCharsets.US_ASCII)))
          .getPublicKey();
    } catch (CertificateException e) {
      throw new IllegalArgumentException("not an X509 certificate: " + e.getMessage(), e);
    }
  }

  private UUID newTenant(String organisationName) {
    UUID tenantId = UUID.randomUUID();
    tenants.put(
        tenantId,
        new SandboxTenant(
            tenantId, organisationName, new TenantRateLimiter(limits, appMinute), webhook));
    return tenantId;
  }

  /**
   * Registers the app's webhook as in Xero's developer portal: from now on every tenant's changes
   * made with {@link SandboxTenant#voidInvoice}, {@link SandboxTenant#deleteInvoice} or {@link
   * SandboxTenant#payInvoice} are POSTed to {@code deliveryUrl}, signed with {@code webhookKey}.
   * Registering again replaces the webhook (a new URL or key needs a new intent to receive).
   */
  public WebhookSubscription subscribeWebhooks(URI deliveryUrl, String webhookKey) {
    return webhook.subscribe(deliveryUrl, webhookKey);
  }

  /** The app's webhook, if it registered one. */
  public Optional<WebhookSubscription> webhooks() {
    return webhook.subscription();
  }

  public SandboxTenant tenant(String tenantId) {
    SandboxTenant tenant = tenants.get(UUID.fromString(tenantId));
    if (tenant == null) {
      throw new IllegalArgumentException("no sandbox tenant " + tenantId);
    }
    return tenant;
  }

  /** Expires every access token of the tenant, so the next API call answers 401 TokenExpired. */
  public void expireAccessTokens(String tenantId) {
    tokens.expireTokens(UUID.fromString(tenantId));
  }

  /** How many access tokens the token endpoint has issued for the tenant. */
  public long tokensIssued(String tenantId) {
    return tokens.issuedFor(UUID.fromString(tenantId));
  }

  /** Every access token, refresh token and authorization code this JVM's sandboxes issued. */
  public static List<String> tokensEverIssued() {
    return RandomToken.issued();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** e.g. http://127.0.0.1:18089 */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The Accounting API base path to give the SDK's ApiClient. */
  public String apiBaseUrl() {
    return baseUrl() + ContractValidator.BASE_PATH;
  }

  public String tokenUrl() {
    return baseUrl() + "/connect/token";
  }

  public String connectionsUrl() {
    return baseUrl() + "/connections";
  }

  /** Where the app sends the user's browser ("Connect to Xero"); Xero's is on login.xero.com. */
  public String authorizeUrl() {
    return baseUrl() + "/identity/connect/authorize";
  }

  public String revocationUrl() {
    return baseUrl() + "/connect/revocation";
  }

  /** The Identity API's round trip, as the Accounting API's (Xero's identity is remote too). */
  private static HttpHandler delayed(Endpoint endpoint, NetworkLatency latency) {
    HttpHandler handler = endpoint.asHandler();
    return exchange -> {
      try {
        latency.pause();
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      }
      handler.handle(exchange);
    };
  }

  /** How long parsing Xero's OpenAPI contract took at start. */
  public Duration specLoadTime() {
    return specLoadTime;
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }
}
