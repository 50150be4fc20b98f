package com.quoox.xero.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Xero on one port: identity ({@code /connect/token}, {@code /connections}), the Accounting
 * API under {@code /api.xro/2.0} validated against Xero's OpenAPI contract, and read-only views
 * under {@code /_sandbox/}. Tests start one per JVM with {@link #shared()}; the demo runs {@link
 * XeroSandboxMain}.
 */
public final class XeroSandbox implements AutoCloseable {

  private static XeroSandbox shared;

  private final HttpServer server;
  private final ExecutorService executor;
  private final SandboxLimits limits;
  private final TokenRegistry tokens = new TokenRegistry();
  private final Map<UUID, SandboxTenant> tenants = new ConcurrentHashMap<>();
  private final RollingWindow appMinute;
  private final Duration specLoadTime;

  private XeroSandbox(int port, Path spec, SandboxLimits limits) throws IOException {
    this.limits = limits;
    this.appMinute = new RollingWindow(Duration.ofMinutes(1), limits.appPerMinute());
    long started = System.nanoTime();
    ContractValidator contract = new ContractValidator(spec);
    this.specLoadTime = Duration.ofNanos(System.nanoTime() - started);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    // More threads than Xero's 5 concurrent calls, so the sandbox itself can answer "concurrent"
    // 429s.
    this.executor =
        Executors.newFixedThreadPool(
            16,
            runnable -> {
              Thread thread = new Thread(runnable, "xero-sandbox");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/connect/token", new TokenEndpoint(tokens).asHandler());
    server.createContext("/connections", new ConnectionsEndpoint(tokens, tenants).asHandler());
    server.createContext(
        ContractValidator.BASE_PATH + "/",
        new AccountingEndpoint(tokens, tenants, contract).asHandler());
    server.createContext("/_sandbox/", new ConsoleEndpoint(tenants).asHandler());
    server.start();
  }

  /** Starts a sandbox with Xero's own limits; port 0 picks a free port. */
  public static XeroSandbox start(int port, Path spec) {
    return start(port, spec, SandboxLimits.xero());
  }

  public static XeroSandbox start(int port, Path spec, SandboxLimits limits) {
    try {
      return new XeroSandbox(port, spec, limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Xero sandbox on port " + port, e);
    }
  }

  /**
   * The one sandbox of this JVM (all ITs in the failsafe JVM share it), on system property {@code
   * sandbox.port} (default 18089) with the spec from {@code sandbox.spec}; stopped when the JVM
   * exits.
   */
  public static synchronized XeroSandbox shared() {
    if (shared == null) {
      int port = Integer.parseInt(System.getProperty("sandbox.port", "18089"));
      Path spec =
          Path.of(
              System.getProperty("sandbox.spec", "../shared/xero-openapi/xero_accounting.yaml"));
      shared = start(port, spec);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /**
   * Adds an organisation reachable through a Custom Connection (client_credentials) and returns its
   * tenant id.
   */
  public String addCustomConnection(String clientId, String clientSecret, String organisationName) {
    UUID tenantId = UUID.randomUUID();
    tenants.put(
        tenantId,
        new SandboxTenant(tenantId, organisationName, new TenantRateLimiter(limits, appMinute)));
    tokens.addConnection(
        new TokenRegistry.CustomConnection(clientId, clientSecret, tenantId, UUID.randomUUID()));
    return tenantId.toString();
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
