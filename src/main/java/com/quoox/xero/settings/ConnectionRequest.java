package com.quoox.xero.settings;

import com.quoox.xero.connection.ConnectionMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the settings screen sends to connect a business; the secret is write-only. */
public record ConnectionRequest(
    @NotNull(
            message = "choose how to connect: CUSTOM_CONNECTION (OAUTH2 starts at oauth/authorize)")
        ConnectionMode mode,
    @NotBlank(message = "paste the Client ID of your Xero Custom Connection") @Size(max = 128)
        String clientId,
    @NotBlank(message = "paste the Client Secret of your Xero Custom Connection") @Size(max = 256)
        String clientSecret) {

  @Override
  public String toString() {
    return "ConnectionRequest[mode=" + mode + ", clientId=" + clientId + "]"; // never the secret
  }
}
