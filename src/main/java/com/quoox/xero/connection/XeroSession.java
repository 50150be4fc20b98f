package com.quoox.xero.connection;

/**
 * What a call to the Accounting API needs: a live access token and the organisation's tenant id.
 */
public record XeroSession(String businessId, String accessToken, String tenantId) {

  @Override
  public String toString() {
    return "XeroSession[businessId=" + businessId + ", tenantId=" + tenantId + "]"; // no token
  }
}
