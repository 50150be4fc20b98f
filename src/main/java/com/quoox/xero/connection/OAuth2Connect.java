package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.TokenGrant;
import com.quoox.xero.xeroapi.XeroEndpoints;
import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * "Connect to Xero" (OAuth 2.0 authorization code with PKCE, DESIGN §3): sends the user to Xero
 * with a fresh state and code challenge, exchanges the code Xero sends back, finds the authorised
 * organisations, and stores the connection with its tokens encrypted.
 */
@ApplicationScoped
public class OAuth2Connect {

  private static final Logger LOG = Logger.getLogger(OAuth2Connect.class);

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject OAuth2App app;

  @Inject XeroEndpoints endpoints;

  @Inject XeroIdentity identity;

  @Inject SecretCipher cipher;

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  /** Where to send the user's browser to authorise Quoox at Xero. */
  @Transactional
  public URI start(String businessId) {
    // Sign-ins started and never finished lapse; they are of no use to anyone after that.
    em.createNamedQuery("OAuthAuthorization.deleteLapsed")
        .setParameter("cutoff", Instant.now().minus(OAuthAuthorization.LIFETIME))
        .executeUpdate();
    Pkce pkce = Pkce.create();
    String state = OAuthState.create();
    em.persist(new OAuthAuthorization(state, businessId, cipher.encrypt(pkce.verifier(), state)));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", app.clientId());
    query.put("redirect_uri", app.redirectUri());
    query.put("scope", app.scopes());
    query.put("state", state);
    query.put("code_challenge", pkce.challenge());
    query.put("code_challenge_method", Pkce.METHOD);
    return URI.create(endpoints.authorizeUrl() + "?" + encode(query));
  }

  /**
   * Finishes the authorisation Xero called back about.
   *
   * @param callerMayActFor whether the person Xero sent back may act for a business: the sign-in is
   *     checked against the business it was started for, so a link cannot connect another business
   * @throws ConnectionTestFailed when the state is unknown, used or lapsed, or Xero refuses the
   *     code
   * @throws SecurityException when the caller may not act for the sign-in's business
   */
  @Transactional
  public XeroConnection complete(String state, String code, Predicate<String> callerMayActFor) {
    OAuthAuthorization authorization =
        state == null ? null : em.find(OAuthAuthorization.class, state);
    if (authorization == null || authorization.lapsed()) {
      throw new ConnectionTestFailed(
          "This Xero sign-in is unknown, already used or older than 15 minutes: connect again");
    }
    if (!callerMayActFor.test(authorization.businessId())) {
      throw new SecurityException("You may not connect business " + authorization.businessId());
    }
    em.remove(authorization); // single use, even if what follows fails
    String verifier = cipher.decrypt(authorization.codeVerifierEncrypted(), state);
    TokenGrant grant =
        identity.authorizationCode(
            app.clientId(), app.clientSecret(), code, verifier, app.redirectUri());
    List<XeroTenant> organisations = identity.connections(grant.accessToken().value());
    if (organisations.isEmpty()) {
      throw new ConnectionTestFailed("Xero signed you in but no organisation was authorised");
    }
    String businessId = authorization.businessId();
    XeroConnection connection =
        XeroConnection.oauth2(
            businessId,
            cipher.encrypt(grant.accessToken().value(), businessId),
            Instant.now().plus(grant.accessToken().expiresIn()),
            cipher.encrypt(grant.refreshToken(), businessId),
            organisations);
    connection.granted(grant.accessToken().scope());
    XeroConnection saved = connections.save(connection);
    sessions.forget(businessId);
    LOG.infof(
        "Business %s connected to Xero with OAuth 2.0 (%d organisation(s) authorised)",
        businessId, organisations.size());
    return saved;
  }

  /** The user picked one of the organisations they authorised. */
  @Transactional
  public XeroConnection chooseOrganisation(String businessId, String tenantId) {
    XeroConnection connection =
        connections
            .find(businessId)
            .orElseThrow(
                () ->
                    new ConnectionTestFailed(
                        "Business " + businessId + " is not connected to Xero"));
    XeroTenant chosen =
        connection.organisationsToChoose().stream()
            .filter(o -> o.tenantId().equals(tenantId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConnectionTestFailed(
                        "Organisation " + tenantId + " is not one you authorised at Xero"));
    connection.chooseOrganisation(chosen);
    return connections.save(connection);
  }

  private static String encode(Map<String, String> query) {
    return query.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("&"));
  }
}
