/**
 * Money in the books: payments and allocations that settle invoices and credit notes, spend and
 * receive money, transfers between bank accounts, and the Bank Summary report that reconciles them.
 * Depends on {@code accounting} (the books it moves money in), {@code http} and the tenant.
 */
package com.quoox.xero.sandbox.banking;
