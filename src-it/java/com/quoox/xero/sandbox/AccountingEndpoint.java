package com.quoox.xero.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.ContractValidator;
import com.quoox.xero.sandbox.accounting.IdempotencyCache;
import com.quoox.xero.sandbox.faults.FaultPlan;
import com.quoox.xero.sandbox.faults.TenantRateLimiter;
import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.LoggedRequest;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import com.quoox.xero.sandbox.identity.Authorisation;
import com.quoox.xero.sandbox.identity.OAuth1Header;
import com.quoox.xero.sandbox.identity.OAuthProblem;
import com.quoox.xero.sandbox.identity.PrivateApps;
import com.quoox.xero.sandbox.identity.Scopes;
import com.quoox.xero.sandbox.identity.TenantConnection;
import com.quoox.xero.sandbox.identity.TokenRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api.xro/2.0/...}: the gate every Accounting API call passes as on Xero — bearer token and
 * its connection to the tenant (or a private app's OAuth 1.0a signature), tenant header, injected
 * faults, rate limits, the OpenAPI contract, idempotency — before {@link AccountingRoutes} answers
 * it.
 */
public final class AccountingEndpoint implements Endpoint {

  private final TokenRegistry tokens;
  private final PrivateApps privateApps;
  private final Map<UUID, SandboxTenant> tenants;
  private final ContractValidator contract;
  private final SandboxSetup setup;
  private final AccountingRoutes routes = new AccountingRoutes();

  public AccountingEndpoint(
      TokenRegistry tokens,
      PrivateApps privateApps,
      Map<UUID, SandboxTenant> tenants,
      ContractValidator contract,
      SandboxSetup setup) {
    this.tokens = tokens;
    this.privateApps = privateApps;
    this.tenants = tenants;
    this.contract = contract;
    this.setup = setup;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) throws InterruptedException {
    Admission admission = admit(request);
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    SandboxTenant tenant = tenants.get(admission.tenantId());
    SandboxRequest checked =
        request.header("xero-tenant-id") != null ? request : withTenantHeader(request, tenant);
    String apiPath = request.path().substring(ContractValidator.BASE_PATH.length());
    boolean scoped =
        admission.scopes() == null
            || Scopes.allow(tenant.granted(admission.scopes()), request.method(), apiPath);
    SandboxResponse response = scoped ? gate(tenant, checked) : XeroErrors.insufficientScope();
    tenant.log(
        new LoggedRequest(
            Instant.now(),
            request.method(),
            apiPath,
            request.rawQuery(),
            request.header("Idempotency-Key"),
            response.status()));
    if (!response.isAnswer()) {
      return response;
    }
    // Every answer carries the remaining budgets; a 429 has already set the one that ran out to 0.
    Map<String, String> headers = new java.util.LinkedHashMap<>(tenant.limiter.remainingHeaders());
    headers.putAll(response.headers());
    return new SandboxResponse(response.status(), response.contentType(), response.body(), headers);
  }

  /**
   * The tenant a call may act for and the scopes its token was granted (null for a private app,
   * which had none), or the answer that refuses it.
   */
  private record Admission(UUID tenantId, Set<String> scopes, SandboxResponse refusal) {
    static Admission refused(SandboxResponse refusal) {
      return new Admission(null, null, refusal);
    }
  }

  /**
   * Who is calling: a legacy private app signing with OAuth 1.0a (its one organisation), or a
   * bearer token, which may act only for a tenant it is still connected to.
   */
  private Admission admit(SandboxRequest request) {
    String tenantHeader = request.header("xero-tenant-id");
    if (OAuth1Header.isOAuth(request.header("Authorization"))) {
      try {
        UUID tenantId = privateApps.verify(request);
        return tenantHeader == null || tenantHeader.equalsIgnoreCase(tenantId.toString())
            ? new Admission(tenantId, null, null)
            : Admission.refused(XeroErrors.forbidden());
      } catch (OAuthProblem problem) {
        return Admission.refused(problem.asResponse());
      }
    }
    Optional<TokenRegistry.AccessGrant> grant = tokens.grant(request.bearerToken());
    if (grant.isEmpty()) {
      return Admission.refused(XeroErrors.unauthorized("AuthenticationUnsuccessful"));
    }
    if (grant.get().expired()) {
      return Admission.refused(
          XeroErrors.unauthorized("TokenExpired: token expired at " + grant.get().expiresAt()));
    }
    Authorisation authorisation = grant.get().authorisation();
    Optional<TenantConnection> connection =
        tenantHeader == null
            ? authorisation.connections().stream()
                .filter(c -> authorisation.impliesTenant())
                .findFirst()
            : tenantId(tenantHeader).flatMap(authorisation::connectionTo);
    return connection
        .filter(c -> !tenants.get(c.tenantId()).disconnectedAtXero())
        .map(c -> new Admission(c.tenantId(), authorisation.scopes(), null))
        .orElse(Admission.refused(XeroErrors.forbidden()));
  }

  private static Optional<UUID> tenantId(String header) {
    try {
      return Optional.of(UUID.fromString(header));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * Custom Connections and private apps need no xero-tenant-id (their credentials name the tenant),
   * but the contract requires one.
   */
  private static SandboxRequest withTenantHeader(SandboxRequest request, SandboxTenant tenant) {
    var headers = new java.util.LinkedHashMap<>(request.headers());
    headers.put("xero-tenant-id", List.of(tenant.tenantId()));
    return new SandboxRequest(
        request.method(),
        request.path(),
        request.rawQuery(),
        request.query(),
        headers,
        request.body(),
        request.rawPath());
  }

  private SandboxResponse gate(SandboxTenant tenant, SandboxRequest request)
      throws InterruptedException {
    Optional<FaultPlan.Fault> fault = tenant.faults.next();
    if (fault.isPresent() && fault.get() instanceof FaultPlan.Fail fail) {
      return XeroErrors.injected(fail.status());
    }
    if (fault.isPresent() && fault.get() instanceof FaultPlan.RateLimit limit) {
      return tooManyRequests(tenant, limit.problem(), limit.retryAfterSeconds());
    }
    TenantRateLimiter.Decision decision = tenant.limiter.tryAcquire();
    if (!decision.allowed()) {
      return tooManyRequests(tenant, decision.problem(), decision.retryAfterSeconds());
    }
    try {
      // The round trip counts as in flight, as at Xero: it is what the 5-at-once limit meets.
      setup.latency().pause();
      if (fault.isPresent() && fault.get() instanceof FaultPlan.Delay delay) {
        Thread.sleep(delay.pause().toMillis());
      }
      return process(tenant, request);
    } finally {
      tenant.limiter.release();
    }
  }

  private SandboxResponse process(SandboxTenant tenant, SandboxRequest request) {
    String key = request.header("Idempotency-Key");
    if (key != null && key.length() > IdempotencyCache.MAX_KEY_LENGTH) {
      return XeroErrors.postDataInvalid("Idempotency-Key must be at most 128 characters long.");
    }
    if (!request.isWrite()) {
      return validated(tenant, request);
    }
    // A request that breaks the contract is answered under its key too: Xero replays errors.
    IdempotencyCache.Answer answer =
        key == null
            ? IdempotencyCache.Answer.processed(validated(tenant, request))
            : tenant.idempotency.answer(key, request, () -> validated(tenant, request));
    if (answer.refused()) {
      return answer.response();
    }
    // The create is done and stored (now or by the first call with the key); a queued "drop" now
    // hides its answer to leave the client unsure. Random drops hit only first calls.
    SandboxResponse response =
        tenant
            .faults
            .nextDroppedAnswer(answer.replayed())
            .map(status -> status == 0 ? SandboxResponse.NO_ANSWER : XeroErrors.injected(status))
            .orElse(answer.response());
    return response.isAnswer() && tenant.faults.nextAnswerWithoutContactIds()
        ? withoutContactIds(response)
        : response;
  }

  /** The answer with every {@code Contact.ContactID} left out (the documents stay as stored). */
  private static SandboxResponse withoutContactIds(SandboxResponse response) {
    JsonNode answer;
    try {
      answer = XeroJson.parse(response.bodyText());
    } catch (JsonProcessingException e) {
      return response; // not JSON (an injected error): nothing to leave out
    }
    for (JsonNode contact : answer.findParents("ContactID")) {
      ((ObjectNode) contact).remove("ContactID");
    }
    return SandboxResponse.json(response.status(), XeroJson.write(answer))
        .withHeaders(response.headers());
  }

  private SandboxResponse validated(SandboxTenant tenant, SandboxRequest request) {
    List<String> violations = setup.checksContract() ? contract.violations(request) : List.of();
    if (!violations.isEmpty()) {
      return XeroErrors.postDataInvalid(
          "The request does not match Xero's OpenAPI contract: " + String.join("; ", violations));
    }
    return routes.answer(tenant, request);
  }

  /**
   * The SDK builds XeroRateLimitException from Retry-After, X-Rate-Limit-Problem and the
   * X-*-Remaining headers. Retry-After comes with minute and day breaches; no source says it comes
   * with the concurrent one, so it does not here (https://developer.xero.com/faq/limits, research
   * notes §11).
   */
  private static SandboxResponse tooManyRequests(
      SandboxTenant tenant, String problem, long retryAfterSeconds) {
    Map<String, String> remaining =
        new java.util.LinkedHashMap<>(tenant.limiter.remainingHeaders());
    switch (problem) {
      case "minute" -> remaining.put("X-MinLimit-Remaining", "0");
      case "day" -> remaining.put("X-DayLimit-Remaining", "0");
      case "appminute" -> remaining.put("X-AppMinLimit-Remaining", "0");
      default -> {} // concurrent: budgets remain, the caller must just wait
    }
    SandboxResponse refused =
        SandboxResponse.text(429, "text/plain; charset=utf-8", "Rate limit exceeded")
            .withHeaders(remaining)
            .withHeader("X-Rate-Limit-Problem", problem);
    return problem.equals("concurrent")
        ? refused
        : refused.withHeader("Retry-After", String.valueOf(retryAfterSeconds));
  }
}
