package com.quoox.xero.events;

import java.math.BigDecimal;

/**
 * Money taken for a sale.
 *
 * @param provider who took it
 * @param amount how much, in the sale's currency
 * @param providerReference the provider's id of the payment (Stripe charge, GoCardless payment)
 */
public record Payment(PaymentProvider provider, BigDecimal amount, String providerReference) {}
