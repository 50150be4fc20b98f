package com.quoox.xero.connection;

import com.google.api.client.http.HttpResponseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Why Xero refused a private app's signed call, in Xero's own OAuth 1.0a words: a 401 whose body is
 * {@code oauth_problem=signature_invalid&oauth_problem_advice=Failed%20to%20validate%20signature}.
 *
 * @param problem Xero's code, e.g. {@code consumer_key_unknown}
 * @param advice Xero's explanation, empty when it gave none
 */
record XeroOAuthProblem(String problem, String advice) {

  private static final Set<String> ABOUT_THE_KEY =
      Set.of(
          "consumer_key_unknown",
          "consumer_key_rejected",
          "consumer_key_refused",
          "token_rejected",
          "token_revoked",
          "permission_denied");

  private static final Set<String> ABOUT_THE_SIGNATURE =
      Set.of("signature_invalid", "signature_method_rejected");

  /** The problem Xero named in the answer that made {@code refusal}, if it named one. */
  static Optional<XeroOAuthProblem> of(Throwable refusal) {
    for (Throwable t = refusal; t != null; t = t.getCause()) {
      if (t instanceof HttpResponseException answer && answer.getContent() != null) {
        return parse(answer.getContent());
      }
    }
    return Optional.empty();
  }

  static Optional<XeroOAuthProblem> parse(String body) {
    String problem = null;
    String advice = "";
    for (String pair : body.trim().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String name = pair.substring(0, eq);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (name.equals("oauth_problem")) {
          problem = value;
        } else if (name.equals("oauth_problem_advice")) {
          advice = value;
        }
      }
    }
    return problem == null ? Optional.empty() : Optional.of(new XeroOAuthProblem(problem, advice));
  }

  boolean aboutTheConsumerKey() {
    return ABOUT_THE_KEY.contains(problem);
  }

  boolean aboutTheSignature() {
    return ABOUT_THE_SIGNATURE.contains(problem);
  }

  /** {@code signature_invalid (Failed to validate signature)}, as Xero said it. */
  String inXerosWords() {
    return advice.isEmpty() ? problem : problem + " (" + advice + ")";
  }
}
