package com.quoox.xero.xeroapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets the SDK call Xero for a legacy private app. The SDK only knows bearer tokens, so a private
 * app's session carries a handle in the token's place; {@link SigningTransport} swaps the {@code
 * Authorization: Bearer <handle>} it sees for the app's OAuth 1.0a signature. The signers (and so
 * the decrypted keys) live only in this JVM's memory, one per business.
 */
@ApplicationScoped
public class PrivateAppSigning {

  /** Never a Xero token: Xero's bearer tokens are JWTs and cannot contain ':'. */
  static final String HANDLE_PREFIX = "private-app:";

  private final Map<String, RequestSigner> signers = new ConcurrentHashMap<>();

  /** Keeps the business's signer and answers the handle to pass wherever a token is expected. */
  public String handleFor(String businessId, RequestSigner signer) {
    signers.put(businessId, signer);
    return HANDLE_PREFIX + businessId;
  }

  /** Forgets a disconnected or reconnected business's signer. */
  public void forget(String businessId) {
    signers.remove(businessId);
  }

  /** The signer for a bearer value, when it is a private app's handle this JVM knows. */
  Optional<RequestSigner> signerFor(String bearerValue) {
    if (bearerValue == null || !bearerValue.startsWith(HANDLE_PREFIX)) {
      return Optional.empty();
    }
    return Optional.ofNullable(signers.get(bearerValue.substring(HANDLE_PREFIX.length())));
  }
}
