package com.quoox.xero.xeroapi;

/** An OAuth 2.0 token answer: the access token and the refresh token that replaces the old one. */
public record TokenGrant(AccessToken accessToken, String refreshToken) {

  @Override
  public String toString() {
    return "TokenGrant[" + accessToken + "]"; // never the refresh token
  }
}
