/**
 * What a test makes the sandbox suffer and what Xero limits: queued faults per tenant (statuses,
 * 429s, delays, lost answers, outages, seeded flakiness) and Xero's per-tenant and per-app call
 * budgets. Depends on nothing else of the sandbox.
 */
package com.quoox.xero.sandbox.faults;
