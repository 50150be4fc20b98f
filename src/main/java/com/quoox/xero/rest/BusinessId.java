package com.quoox.xero.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Quoox business id as the module stores it: 1–64 letters, digits, '.', '_' or '-'. */
@Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessId {
  String message() default "must be 1 to 64 letters, digits, '.', '_' or '-'";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
