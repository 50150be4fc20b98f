package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.TokenGrant;
import com.quoox.xero.xeroapi.XeroEndpoints;
import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject OAuthAuthorizations authorizations;

  @Inject Disconnection disconnection;

  @Inject OAuth2App app;

  @Inject XeroEndpoints endpoints;

  @Inject XeroIdentity identity;

  @Inject SecretCipher cipher;

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  /**
   * Where to send the user's browser to authorise Quoox at Xero.
   *
   * @param user the signed-in user starting it: only they may complete it
   */
  public URI start(String businessId, String user) {
    Pkce pkce = Pkce.create();
    String state = OAuthState.create();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", app.clientId());
    query.put("redirect_uri", app.redirectUri());
    query.put("scope", app.scopes());
    query.put("state", state);
    query.put("code_challenge", pkce.challenge());
    query.put("code_challenge_method", Pkce.METHOD);
    authorizations.add(
        new OAuthAuthorization(
            state,
            businessId,
            user,
            cipher.encrypt(pkce.verifier(), SecretField.CODE_VERIFIER, state)));
    return URI.create(endpoints.authorizeUrl() + "?" + encode(query));
  }

  /**
   * Finishes the authorisation Xero called back about. It runs without a transaction of its own:
   * the sign-in is used up first, in its own, and nothing is held open while Xero answers.
   *
   * @param user the signed-in user Xero sent back: only the one who started the sign-in may finish
   *     it, so a link or a forged callback cannot connect a business to someone else's organisation
   * @param userMayActFor whether that user may still act for the sign-in's business
   * @throws ConnectionTestFailed when the state is unknown, used or lapsed, or Xero refuses the
   *     code
   * @throws SecurityException when another user started the sign-in, or the user may not act for
   *     its business
   */
  public XeroConnection complete(
      String state, String code, String user, Predicate<String> userMayActFor) {
    OAuthAuthorization authorization = authorizations.take(state, user, userMayActFor);
    String verifier =
        cipher.decrypt(authorization.codeVerifierEncrypted(), SecretField.CODE_VERIFIER, state);
    TokenGrant grant =
        identity.authorizationCode(
            app.clientId(), app.clientSecret(), code, verifier, app.redirectUri());
    List<XeroTenant> organisations = identity.connections(grant.accessToken().value());
    if (organisations.isEmpty()) {
      throw new ConnectionTestFailed("Xero signed you in but no organisation was authorised");
    }
    String businessId = authorization.businessId();
    disconnection.endReplaced(businessId, organisations);
    XeroConnection connection =
        XeroConnection.oauth2(
            businessId,
            cipher.encrypt(grant.accessToken().value(), SecretField.ACCESS_TOKEN, businessId),
            Instant.now().plus(grant.accessToken().expiresIn()),
            cipher.encrypt(grant.refreshToken(), SecretField.REFRESH_TOKEN, businessId),
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
