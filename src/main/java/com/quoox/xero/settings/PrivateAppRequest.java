package com.quoox.xero.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The consumer key and secret Xero showed when the business created its private app with the Quoox
 * certificate; the secret is write-only.
 */
public record PrivateAppRequest(
    @NotBlank(message = "paste the Consumer Key of your Xero private app")
        @Size(max = 128, message = "a Xero consumer key has at most 128 characters")
        @Pattern(
            regexp = "\\s*\\S*\\s*",
            message = "paste the Consumer Key as Xero shows it, without spaces inside")
        String consumerKey,
    @NotBlank(message = "paste the Consumer Secret of your Xero private app")
        @Size(max = 256, message = "a Xero consumer secret has at most 256 characters")
        String consumerSecret) {

  @Override
  public String toString() {
    return "PrivateAppRequest[consumerKey=" + consumerKey + "]"; // never the secret
  }
}
