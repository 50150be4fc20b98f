/**
 * Where each business's books go, as it chose them and stored: its account and tax coding for sales
 * (the mappings) and, per payment provider, the clearing, fees and bank accounts. Read by dispatch
 * and the readiness check, written through the settings screen. Depends on {@code mapping} and
 * {@code events}.
 */
package com.quoox.xero.coding;
