/**
 * {@code /_sandbox/}: read-only pages for a person watching the demo, one table per kind of
 * document with links to each as JSON. Depends on {@code accounting}, {@code http} and the tenant.
 */
package com.quoox.xero.sandbox.console;
