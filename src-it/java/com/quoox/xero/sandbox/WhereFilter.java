package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Xero's {@code where} filter the module uses: {@code Field=="text"}, {@code
 * Field!="text"}, {@code Field==123}, {@code Contact.ContactID==Guid("...")}, joined by {@code AND}
 * or {@code &&}.
 */
final class WhereFilter {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*([A-Za-z][A-Za-z.]*)\\s*(==|!=|=)\\s*(?:\"([^\"]*)\"|[Gg]uid\\(\"([^\"]*)\"\\)|([-0-9.]+|true|false))\\s*");

  private WhereFilter() {}

  /**
   * Parses the filter; throws IllegalArgumentException (answered as 400) for what it does not
   * support.
   */
  static Predicate<JsonNode> parse(String where) {
    if (where == null || where.isBlank()) {
      return node -> true;
    }
    List<Predicate<JsonNode>> clauses = new ArrayList<>();
    for (String clause : where.split("(?i)\\s+AND\\s+|&&")) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "The where clause '" + clause.trim() + "' is not supported by the sandbox");
      }
      String path = m.group(1);
      boolean equal = !m.group(2).equals("!=");
      String text = m.group(3) != null ? m.group(3) : m.group(4);
      String literal = m.group(5);
      clauses.add(node -> matches(value(node, path), text, literal) == equal);
    }
    return clauses.stream().reduce(node -> true, Predicate::and);
  }

  private static boolean matches(JsonNode value, String text, String literal) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (text != null) {
      return value.asText().equalsIgnoreCase(text);
    }
    if (value.isNumber()) {
      return value.decimalValue().compareTo(new BigDecimal(literal)) == 0;
    }
    return value.asText().equalsIgnoreCase(literal);
  }

  private static JsonNode value(JsonNode node, String path) {
    JsonNode current = node;
    for (String part : path.split("\\.")) {
      current = current == null ? null : current.get(part);
    }
    return current;
  }
}
