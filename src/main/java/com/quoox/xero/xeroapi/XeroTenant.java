package com.quoox.xero.xeroapi;

/**
 * A Xero organisation a token may act for, as {@code /connections} lists it.
 *
 * @param connectionId Xero's id of this connection, needed to disconnect it
 */
public record XeroTenant(String connectionId, String tenantId, String tenantName) {}
