package com.quoox.xero.events;

/** Who took a payment: each maps to its own clearing account in Xero. */
public enum PaymentProvider {
  STRIPE,
  GOCARDLESS,
  CASH,
  CARD,
  OTHER
}
