package com.quoox.xero.xeroapi;

import java.time.ZoneId;

/**
 * What a call to the Accounting API needs: a live access token and the organisation's tenant id;
 * and the organisation's time zone, whose days date its documents.
 */
public record XeroSession(String businessId, String accessToken, String tenantId, ZoneId zone) {

  @Override
  public String toString() {
    return "XeroSession[businessId="
        + businessId
        + ", tenantId="
        + tenantId
        + ", zone="
        + zone
        + "]"; // no token
  }
}
