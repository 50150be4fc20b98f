/**
 * Payments, fees and payouts: where each payment provider's money goes in Xero (clearing, fees and
 * bank accounts), the settings screen's API for it, and the reconciliation view comparing the
 * clearing balances Quoox expects with Xero's.
 */
package com.quoox.xero.settlement;
