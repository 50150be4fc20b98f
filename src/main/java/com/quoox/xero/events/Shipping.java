package com.quoox.xero.events;

import java.math.BigDecimal;

/**
 * Shipping charged on a sale, on the same tax basis as the sale's prices.
 *
 * @param amount what the customer paid for shipping
 * @param taxCode the tax code Quoox applied
 * @param taxRate the tax rate in percent
 */
public record Shipping(BigDecimal amount, String taxCode, BigDecimal taxRate) {}
