package com.quoox.xero.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem answer, with the fields at fault when the request was invalid.
 *
 * @param errors one entry per field at fault, empty when the problem is not about a field
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A field at fault and what is wrong with it, in words for people. */
  public record FieldError(String field, String message) {}

  public static Response response(Response.Status status, String detail, List<FieldError> errors) {
    Problem problem =
        new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
  }

  public static Response response(Response.Status status, String detail) {
    return response(status, detail, List.of());
  }
}
