package com.quoox.xero.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox saw, read in the benchmark's own JVM (same clock as the sales it sent): invoice
 * create calls and 429s from the request log, and when each invoice was stored (its
 * UpdatedDateUTC).
 */
final class XeroLog {

  private static final Pattern MS_DATE = Pattern.compile("/Date\\((\\d+)");

  private XeroLog() {}

  static boolean isInvoiceCreated(LoggedRequest request) {
    return "/Invoices".equals(request.path())
        && ("PUT".equals(request.method()) || "POST".equals(request.method()))
        && request.status() == 200;
  }

  static boolean isTooManyRequests(LoggedRequest request) {
    return request.status() == 429;
  }

  /** Calls of {@code tenants} answered in {@code [from, until)} that match {@code kind}. */
  static long count(
      Collection<SandboxTenant> tenants,
      Instant from,
      Instant until,
      Predicate<LoggedRequest> kind) {
    return tenants.stream()
        .flatMap(t -> t.requests().stream())
        .filter(r -> !r.at().isBefore(from) && r.at().isBefore(until))
        .filter(kind)
        .count();
  }

  /**
   * Invoices of {@code tenants} stored in {@code [from, until)}: counted from the books, since a
   * call may create up to 50.
   */
  static long invoicesStored(Collection<SandboxTenant> tenants, Instant from, Instant until) {
    return tenants.stream()
        .flatMap(t -> invoiceTimes(t).values().stream())
        .filter(at -> !at.isBefore(from) && at.isBefore(until))
        .count();
  }

  /** Sale number (the invoice's Reference) → when the sandbox stored its invoice. */
  static Map<String, Instant> invoiceTimes(SandboxTenant tenant) {
    Map<String, Instant> times = new HashMap<>();
    for (JsonNode invoice : tenant.invoices()) {
      Matcher ms = MS_DATE.matcher(invoice.path("UpdatedDateUTC").asText());
      if (ms.find()) {
        times.put(
            invoice.path("Reference").asText(), Instant.ofEpochMilli(Long.parseLong(ms.group(1))));
      }
    }
    return times;
  }
}
