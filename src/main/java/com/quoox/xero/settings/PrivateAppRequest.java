package com.quoox.xero.settings;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The consumer key and secret Xero showed when the business created its private app with the Quoox
 * certificate; the secret is write-only.
 *
 * <p>Lengths are checked before the pattern, and the pattern is possessive, so that a field of a
 * megabyte of spaces costs one pass rather than a backtracking search.
 */
@GroupSequence({PrivateAppRequest.class, PrivateAppRequest.Shape.class})
public record PrivateAppRequest(
    @NotBlank(message = "paste the Consumer Key of your Xero private app")
        @Size(max = 128, message = "a Xero consumer key has at most 128 characters")
        @Pattern(
            regexp = "\\s*+\\S*+\\s*+",
            groups = Shape.class,
            message = "paste the Consumer Key as Xero shows it, without spaces inside")
        String consumerKey,
    @NotBlank(message = "paste the Consumer Secret of your Xero private app")
        @Size(max = 256, message = "a Xero consumer secret has at most 256 characters")
        String consumerSecret) {

  /** The checks that only run once the lengths are right. */
  interface Shape {}

  @Override
  public String toString() {
    return "PrivateAppRequest[consumerKey=" + consumerKey + "]"; // never the secret
  }
}
