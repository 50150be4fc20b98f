/**
 * Runs the demo ({@code mvn -Pdemo verify}): starts the sandbox and a WildFly with the module and
 * the demo shop, connects a demo business and prints where to look. Depends on {@code it.support}
 * and {@code sandbox}; the shop itself ({@code demo}) depends on neither.
 */
package com.quoox.xero.demo.run;
