package com.quoox.xero.xeroapi;

import com.xero.api.XeroApiException;
import com.xero.api.XeroBadRequestException;
import com.xero.api.XeroForbiddenException;
import com.xero.api.XeroNotAvailableException;
import com.xero.api.XeroNotFoundException;
import com.xero.api.XeroRateLimitException;
import com.xero.api.XeroServerErrorException;
import com.xero.api.XeroUnauthorizedException;
import com.xero.models.accounting.Element;
import com.xero.models.accounting.ValidationError;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** Turns the SDK's typed exceptions (and network failures) into a {@link XeroOutcome}. */
public final class XeroErrorTranslator {

  private XeroErrorTranslator() {}

  public static XeroOutcome translate(Throwable failure) {
    if (failure instanceof XeroBadRequestException e) {
      return new XeroOutcome.Rejected("Xero rejected it: " + validationMessages(e));
    }
    if (failure instanceof XeroRateLimitException e) {
      return new XeroOutcome.RetryLater(waitAfter(e), e.getMessage());
    }
    if (failure instanceof XeroUnauthorizedException) {
      return new XeroOutcome.TokenRefused("Xero refused the access token (401)");
    }
    if (failure instanceof XeroForbiddenException) {
      return new XeroOutcome.AccessRevoked(
          "Xero refused access to the organisation (403): it was disconnected from Quoox, or the"
              + " app removed, in Xero. Reconnect to Xero; sales wait until then.");
    }
    if (failure instanceof XeroNotFoundException e) {
      return new XeroOutcome.Rejected("Xero answered 404: " + e.getMessage());
    }
    if (failure instanceof XeroIdentityException e) {
      return e.status() == 0 || e.status() >= 500
          ? new XeroOutcome.RetryLater(null, e.getMessage())
          : new XeroOutcome.Rejected(e.getMessage());
    }
    if (failure instanceof XeroServerErrorException
        || failure instanceof XeroNotAvailableException
        || failure instanceof XeroApiException
        || failure instanceof IOException
        || failure instanceof FaultToleranceException) {
      return new XeroOutcome.RetryLater(null, describe(failure));
    }
    return new XeroOutcome.Rejected("Unexpected failure: " + describe(failure));
  }

  /** How long to wait after a 429 that said nothing about it, when the concurrent limit was hit. */
  static final Duration CONCURRENT_LIMIT_WAIT = Duration.ofSeconds(2);

  /**
   * Xero's Retry-After; without one, a whole minute when a minute's budget is spent, else a few
   * seconds: the concurrent limit (5 calls in flight) frees as soon as a call ends.
   */
  private static Duration waitAfter(XeroRateLimitException e) {
    if (e.getRetryAfterSeconds() != null) {
      return Duration.ofSeconds(e.getRetryAfterSeconds());
    }
    boolean budgetSpent =
        Integer.valueOf(0).equals(e.getMinuteLimitRemaining())
            || Integer.valueOf(0).equals(e.getAppLimitRemaining())
            || Integer.valueOf(0).equals(e.getDayLimitRemaining());
    return budgetSpent ? Duration.ofSeconds(60) : CONCURRENT_LIMIT_WAIT;
  }

  /**
   * Xero's words when an allocation or payment finds its invoice already settled (an accountant
   * paid or credited it in Xero): nothing to fix, and sending again cannot change it.
   */
  private static final List<String> ALREADY_SETTLED =
      List.of("has already been paid", "greater than amount outstanding");

  /**
   * Whether Xero refused a document for its date in a locked period ("The document date cannot be
   * before the period lock date, currently set at 31-Jul-2013", or the end of year lock date).
   */
  public static boolean lockedPeriod(String reason) {
    return reason != null
        && reason.contains("cannot be before the")
        && reason.contains("lock date");
  }

  /** Xero's message when {@code e} refused a document's settlement as already done, else empty. */
  public static Optional<String> alreadySettled(XeroBadRequestException e) {
    String messages = validationMessages(e);
    return ALREADY_SETTLED.stream().anyMatch(messages::contains)
        ? Optional.of(messages)
        : Optional.empty();
  }

  /**
   * Xero's validation messages, e.g. "Account code '999' is not a valid code for this document."
   */
  static String validationMessages(XeroBadRequestException e) {
    List<Element> elements = e.getElements() == null ? List.of() : e.getElements();
    String messages =
        elements.stream()
            .map(Element::getValidationErrors)
            .filter(Objects::nonNull)
            .flatMap(List::stream)
            .map(ValidationError::getMessage)
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining("; "));
    return messages.isEmpty() ? String.valueOf(e.getMessage()) : messages;
  }

  private static String describe(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    return failure.getMessage() == null ? name : name + ": " + failure.getMessage();
  }
}
