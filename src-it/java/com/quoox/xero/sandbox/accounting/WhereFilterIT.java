package com.quoox.xero.sandbox.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The sandbox's reading of Xero's {@code where} filter: AND binds tighter than OR. */
public class WhereFilterIT {

  private static final List<JsonNode> INVOICES =
      List.of(
          invoice("ACCREC", "S-1"),
          invoice("ACCREC", "S-2"),
          invoice("ACCPAY", "S-2"),
          invoice("ACCREC", "S-3 OR x"));

  @Test
  public void orGroupsInParenthesesKeepTheirAnd() {
    assertEquals(
        List.of("ACCREC S-1", "ACCREC S-2"),
        matching("Type==\"ACCREC\" AND (Reference==\"S-1\" OR Reference==\"S-2\")"));
    assertEquals(
        List.of("ACCREC S-1", "ACCREC S-2", "ACCPAY S-2"),
        matching("Type==\"ACCREC\" AND Reference==\"S-1\" OR Reference==\"S-2\""));
    assertEquals(List.of("ACCREC S-3 OR x"), matching("Reference==\"S-3 OR x\""));
  }

  @Test
  public void whatTheSandboxCannotReadIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WhereFilter.parse("(Type==\"ACCREC\""));
    assertThrows(IllegalArgumentException.class, () -> WhereFilter.parse("Total > 5"));
  }

  private static List<String> matching(String where) {
    Predicate<JsonNode> filter = WhereFilter.parse(where);
    return INVOICES.stream()
        .filter(filter)
        .map(i -> i.path("Type").asText() + " " + i.path("Reference").asText())
        .toList();
  }

  private static JsonNode invoice(String type, String reference) {
    return XeroJson.object().put("Type", type).put("Reference", reference);
  }
}
