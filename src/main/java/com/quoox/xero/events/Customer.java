package com.quoox.xero.events;

/**
 * The customer of a sale, as Quoox knows them.
 *
 * @param id the monolith's customer id
 * @param name the name to show on a per-customer Xero contact
 * @param email used to match an existing Xero contact, or {@code null}
 */
public record Customer(String id, String name, String email) {}
