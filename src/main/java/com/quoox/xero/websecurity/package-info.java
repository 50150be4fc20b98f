/**
 * What keeps a hostile page in the same browser from using a signed-in owner's settings page and
 * API: changes only with the module's own request header and from the module's own origin, request
 * bodies of bounded size, and the security headers of every page and API answer. Depends on {@code
 * rest} (problem answers).
 */
package com.quoox.xero.websecurity;
