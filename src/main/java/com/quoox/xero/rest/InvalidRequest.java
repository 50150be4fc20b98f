package com.quoox.xero.rest;

import java.util.List;

/** A request that cannot be carried out as asked; answered 400 with the fields at fault. */
public class InvalidRequest extends RuntimeException {

  private final List<Problem.FieldError> errors;

  public InvalidRequest(String message, List<Problem.FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public InvalidRequest(String field, String message) {
    this(message, List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
