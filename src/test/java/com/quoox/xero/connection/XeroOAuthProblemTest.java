package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.xero.api.XeroUnauthorizedException;
import org.junit.jupiter.api.Test;

class XeroOAuthProblemTest {

  @Test
  void problemAndAdviceAreReadFromTheAnswerBehindTheSdksException() {
    HttpResponseException answer =
        new HttpResponseException.Builder(401, "Unauthorized", new HttpHeaders())
            .setContent(
                "oauth_problem=signature_invalid&oauth_problem_advice=Failed%20to%20validate%20signature")
            .build();
    XeroUnauthorizedException refused = new XeroUnauthorizedException(401, "Unauthorized", answer);

    XeroOAuthProblem problem = XeroOAuthProblem.of(refused).orElseThrow();

    assertEquals("signature_invalid", problem.problem());
    assertEquals("signature_invalid (Failed to validate signature)", problem.inXerosWords());
    assertTrue(problem.aboutTheSignature());
    assertFalse(problem.aboutTheConsumerKey());
  }

  @Test
  void unknownConsumerKeyIsAboutTheKey() {
    XeroOAuthProblem problem =
        XeroOAuthProblem.parse("oauth_problem=consumer_key_unknown").orElseThrow();

    assertTrue(problem.aboutTheConsumerKey());
    assertEquals("consumer_key_unknown", problem.inXerosWords());
  }

  @Test
  void answerWithoutOAuthProblemNamesNone() {
    assertTrue(XeroOAuthProblem.parse("{\"Title\":\"Unauthorized\"}").isEmpty());
  }
}
