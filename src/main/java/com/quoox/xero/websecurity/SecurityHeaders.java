package com.quoox.xero.websecurity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the browser's own protections to the settings page, its scripts and every API answer: no
 * script, style or connection from elsewhere and no framing (Content-Security-Policy), no guessing
 * of content types, and no address of the page leaking to the sites it links to.
 *
 * <p>A servlet filter rather than a JAX-RS one, so that the static files of the page get them too.
 */
@WebFilter(urlPatterns = {"/xero/*", "/api/*"})
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
