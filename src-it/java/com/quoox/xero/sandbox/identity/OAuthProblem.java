package com.quoox.xero.sandbox.identity;

import com.quoox.xero.sandbox.http.SandboxResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Why a legacy private app's signed call was refused, answered as Xero's OAuth 1.0a endpoints did:
 * 401 with a form-encoded body such as {@code
 * oauth_problem=signature_invalid&oauth_problem_advice=Failed%20to%20validate%20signature}.
 */
public final class OAuthProblem extends Exception {

  private final String problem;
  private final String advice;

  public OAuthProblem(String problem, String advice) {
    super(problem + ": " + advice);
    this.problem = problem;
    this.advice = advice;
  }

  public String problem() {
    return problem;
  }

  public SandboxResponse asResponse() {
    String body = "oauth_problem=" + problem + "&oauth_problem_advice=" + encode(advice);
    return SandboxResponse.text(401, "text/html; charset=utf-8", body)
        .withHeader("WWW-Authenticate", "OAuth realm=\"api.xero.com\"");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
