package com.quoox.xero.xeroapi;

/** A Xero organisation a token may act for, as {@code /connections} lists it. */
public record XeroTenant(String tenantId, String tenantName) {}
