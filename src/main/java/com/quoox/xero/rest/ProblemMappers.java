package com.quoox.xero.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/** Turns every failure of the API into an RFC 9457 problem, never a bare error page. */
final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private ProblemMappers() {}

  /** Bean Validation failures: 400 with one entry per field, named as in the JSON body. */
  @Provider
  public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      return Problem.response(
          Response.Status.BAD_REQUEST, "The request has invalid fields", errors);
    }

    /** "put.arg2.sales.accountCode" → "sales.accountCode"; path parameters keep their name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      String[] parts = path.split("\\.", 3);
      return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
  }

  /** A body that is not the JSON expected (wrong type, broken syntax): 400 naming the problem. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "The body is not valid JSON for this request: " + e.getOriginalMessage());
    }
  }

  /** Our own 400s: a request that is well-formed but asks for something impossible. */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidRequest> {
    @Override
    public Response toResponse(InvalidRequest e) {
      return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.errors());
    }
  }

  /** JAX-RS's own (404, 405, 415 …), with their status kept. */
  @Provider
  public static class WebErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.response(status, e.getMessage());
    }
  }

  /** A caller acting for a business they may not act for (e.g. another's Xero sign-in). */
  @Provider
  public static class Forbidden implements ExceptionMapper<SecurityException> {
    @Override
    public Response toResponse(SecurityException e) {
      return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  /** Anything else is our bug: logged with its stack, answered without details. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      LOG.error("Unexpected failure in the Xero settings API", e);
      return Problem.response(
          Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    }
  }
}
