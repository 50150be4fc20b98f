package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.xeroapi.XeroTenant;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XeroConnectionTest {

  private static final XeroTenant ONE = new XeroTenant("c1", "t1", "Cafe One Ltd");
  private static final XeroTenant TWO = new XeroTenant("c2", "t2", "Cafe Two Ltd");

  private static XeroConnection authorised(List<XeroTenant> organisations) {
    return XeroConnection.oauth2(
        "b1", "access", Instant.now().plusSeconds(1800), "refresh", organisations);
  }

  @Test
  void oneAuthorisedOrganisationIsConnectedAtOnce() {
    XeroConnection connection = authorised(List.of(ONE));

    assertEquals(ConnectionStatus.CONNECTED, connection.getStatus());
    assertEquals("t1", connection.getTenantId());
    assertEquals("Cafe One Ltd", connection.getOrganisationName());
    assertEquals(List.of(), connection.organisationsToChoose());
  }

  @Test
  void severalAuthorisedOrganisationsWaitForTheUsersChoice() {
    XeroConnection connection = authorised(List.of(ONE, TWO));

    assertEquals(ConnectionStatus.CHOOSING_ORGANISATION, connection.getStatus());
    assertNull(connection.getTenantId());
    assertEquals(List.of(ONE, TWO), connection.organisationsToChoose());
    ConnectionNotUsable e =
        assertThrows(ConnectionNotUsable.class, () -> OAuth2Tokens.requireUsable(connection));
    assertTrue(e.getMessage().contains("Choose which Xero organisation"), e.getMessage());

    connection.chooseOrganisation(TWO);

    assertEquals(ConnectionStatus.CONNECTED, connection.getStatus());
    assertEquals("t2", connection.getTenantId());
    assertEquals("c2", connection.getXeroConnectionId());
  }

  @Test
  void refusedRefreshTokenMakesTheConnectionUnusableWithTheReason() {
    XeroConnection connection = authorised(List.of(ONE));

    connection.needReconnect("Xero no longer accepts this connection: reconnect to Xero");

    ConnectionNotUsable e =
        assertThrows(ConnectionNotUsable.class, () -> OAuth2Tokens.requireUsable(connection));
    assertEquals("Xero no longer accepts this connection: reconnect to Xero", e.getMessage());
  }

  @Test
  void refusedAccessTokenCountsAsExpired() {
    XeroConnection connection = authorised(List.of(ONE));

    connection.expireAccessToken();

    assertTrue(connection.getAccessTokenExpiresAt().isBefore(Instant.now()));
  }
}
