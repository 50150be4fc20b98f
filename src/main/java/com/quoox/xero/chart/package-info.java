/**
 * The organisation's own lists, fetched live from Xero and kept briefly: its chart of accounts and
 * tax rates, for the settings screen's choices and for checking a business's coding before it is
 * saved. {@link com.quoox.xero.chart.CodingCheck} is pure. Depends on {@code connection}, {@code
 * xeroapi} and {@code mapping}.
 */
package com.quoox.xero.chart;
