/**
 * Turns Quoox sales and refunds into Xero invoices, credit notes and allocations, doing Xero's own
 * arithmetic so the document's total in Xero equals what the customer was charged to the cent.
 * Pure: depends only on {@code com.quoox.xero.events} and the xero-java SDK's models; no JPA, HTTP
 * or CDI, so every rule is unit-tested.
 */
package com.quoox.xero.mapping;
