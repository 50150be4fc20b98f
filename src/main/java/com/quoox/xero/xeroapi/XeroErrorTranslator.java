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
      long seconds = e.getRetryAfterSeconds() == null ? 60 : e.getRetryAfterSeconds();
      return new XeroOutcome.RetryLater(Duration.ofSeconds(seconds), e.getMessage());
    }
    if (failure instanceof XeroUnauthorizedException) {
      return new XeroOutcome.TokenRefused("Xero refused the access token (401)");
    }
    if (failure instanceof XeroForbiddenException) {
      return new XeroOutcome.Rejected(
          "Xero refused access to the organisation (403): reconnect the business to Xero");
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
