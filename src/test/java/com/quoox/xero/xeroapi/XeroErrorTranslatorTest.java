package com.quoox.xero.xeroapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.xero.api.XeroBadRequestException;
import com.xero.api.XeroNotAvailableException;
import com.xero.api.XeroRateLimitException;
import com.xero.api.XeroServerErrorException;
import com.xero.api.XeroUnauthorizedException;
import com.xero.models.accounting.Element;
import com.xero.models.accounting.Error;
import com.xero.models.accounting.ValidationError;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class XeroErrorTranslatorTest {

  @Test
  void validationErrorIsRejectedWithXerosOwnMessages() {
    Error error =
        new Error()
            .addElementsItem(
                new Element()
                    .addValidationErrorsItem(
                        new ValidationError()
                            .message("Account code '999' is not a valid code for this document."))
                    .addValidationErrorsItem(
                        new ValidationError().message("The TaxType code 'XYZ' does not exist.")));

    XeroOutcome outcome =
        XeroErrorTranslator.translate(new XeroBadRequestException("Invoices", error, null));

    XeroOutcome.Rejected rejected = assertInstanceOf(XeroOutcome.Rejected.class, outcome);
    assertTrue(
        rejected.reason().contains("Account code '999' is not a valid code for this document."),
        rejected.reason());
    assertTrue(
        rejected.reason().contains("The TaxType code 'XYZ' does not exist."), rejected.reason());
  }

  @Test
  void rateLimitWaitsAsLongAsXeroAsked() {
    XeroOutcome outcome =
        XeroErrorTranslator.translate(
            new XeroRateLimitException(429, null, null, 0, 7L, "per minute", null));

    XeroOutcome.RetryLater retry = assertInstanceOf(XeroOutcome.RetryLater.class, outcome);
    assertEquals(Duration.ofSeconds(7), retry.after());
    assertTrue(retry.askedToWait(), "a 429 is Xero's answer, not a failing Xero");
  }

  @Test
  void aRateLimitWithoutRetryAfterWaitsSecondsUnlessABudgetIsSpent() {
    XeroOutcome concurrent =
        XeroErrorTranslator.translate(
            new XeroRateLimitException(429, 9_000, 4_000, 30, null, "concurrent", null));
    XeroOutcome minute =
        XeroErrorTranslator.translate(
            new XeroRateLimitException(429, 9_000, 4_000, 0, null, "minute", null));

    assertEquals(
        XeroErrorTranslator.CONCURRENT_LIMIT_WAIT, ((XeroOutcome.RetryLater) concurrent).after());
    assertEquals(Duration.ofSeconds(60), ((XeroOutcome.RetryLater) minute).after());
  }

  @Test
  void aForbiddenOrganisationWaitsForTheOwnerToReconnect() {
    XeroOutcome outcome =
        XeroErrorTranslator.translate(
            new com.xero.api.XeroForbiddenException(403, "AuthenticationUnsuccessful", null));

    assertTrue(outcome instanceof XeroOutcome.AccessRevoked, outcome.toString());
    assertTrue(outcome.reason().contains("Reconnect"), outcome.reason());
  }

  @Test
  void lockDateRefusalsAreRecognisedInXerosWords() {
    assertTrue(
        XeroErrorTranslator.lockedPeriod(
            "Xero rejected it: The document date cannot be before the period lock date, currently"
                + " set at 31-Jul-2013"));
    assertTrue(
        XeroErrorTranslator.lockedPeriod(
            "The document date cannot be before the end of year lock date, currently set at"
                + " 31-Jul-2013"));
    assertFalse(XeroErrorTranslator.lockedPeriod("Account code '999' is not a valid code"));
  }

  @Test
  void serverErrorsNetworkFailuresAndAnOpenBreakerAreRetriedWithBackoff() {
    for (Exception transient_ :
        new Exception[] {
          new XeroServerErrorException(500, "oops", null),
          new XeroNotAvailableException(503, "down", null),
          new SocketTimeoutException("read timed out"),
          new IOException("connection reset"),
          new CircuitBreakerOpenException("open")
        }) {
      XeroOutcome outcome = XeroErrorTranslator.translate(transient_);
      XeroOutcome.RetryLater retry =
          assertInstanceOf(XeroOutcome.RetryLater.class, outcome, transient_.toString());
      assertNull(retry.after());
      assertFalse(retry.askedToWait(), transient_.toString());
    }
  }

  @Test
  void refusedTokenAsksForANewOne() {
    XeroOutcome outcome =
        XeroErrorTranslator.translate(new XeroUnauthorizedException(401, "no", null));

    assertInstanceOf(XeroOutcome.TokenRefused.class, outcome);
  }

  @Test
  void identityServiceDownIsTransientButRefusedCredentialsAreNot() {
    assertInstanceOf(
        XeroOutcome.RetryLater.class,
        XeroErrorTranslator.translate(new XeroIdentityException(0, "unreachable")));
    assertInstanceOf(
        XeroOutcome.Rejected.class,
        XeroErrorTranslator.translate(new XeroIdentityException(400, "invalid_client")));
  }

  @Test
  void unexpectedFailureIsParkedForAPersonRatherThanRetriedForever() {
    XeroOutcome outcome = XeroErrorTranslator.translate(new IllegalStateException("bug"));

    assertTrue(assertInstanceOf(XeroOutcome.Rejected.class, outcome).reason().contains("bug"));
  }
}
