package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Xero's {@code where} filter the module uses: {@code Field=="text"}, {@code
 * Field!="text"}, {@code Field==123}, {@code Contact.ContactID==Guid("...")}, joined by {@code AND}
 * or {@code &&}, and groups of those joined by {@code OR} or {@code ||} (AND binds tighter, as in
 * Xero's C#-like filter language); parentheses around a group are allowed.
 */
public final class WhereFilter {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*([A-Za-z][A-Za-z.]*)\\s*(==|!=|=)\\s*(?:\"([^\"]*)\"|[Gg]uid\\(\"([^\"]*)\"\\)|([-0-9.]+|true|false))\\s*");

  private WhereFilter() {}

  /**
   * Parses the filter; throws IllegalArgumentException (answered as 400) for what it does not
   * support.
   */
  public static Predicate<JsonNode> parse(String where) {
    if (where == null || where.isBlank()) {
      return node -> true;
    }
    Parser parser = new Parser(where);
    Predicate<JsonNode> filter = parser.anyOf();
    parser.expectEnd();
    return filter;
  }

  /** Recursive descent over {@code anyOf := allOf (OR allOf)*; allOf := term (AND term)*}. */
  private static final class Parser {
    private static final Pattern OR = Pattern.compile("\\s*(?:(?i:OR)\\b|\\|\\|)");
    private static final Pattern AND = Pattern.compile("\\s*(?:(?i:AND)\\b|&&)");
    private static final Pattern OPEN = Pattern.compile("\\s*\\(");
    private static final Pattern CLOSE = Pattern.compile("\\s*\\)");

    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Predicate<JsonNode> anyOf() {
      Predicate<JsonNode> any = allOf();
      while (skip(OR)) {
        any = any.or(allOf());
      }
      return any;
    }

    private Predicate<JsonNode> allOf() {
      Predicate<JsonNode> all = term();
      while (skip(AND)) {
        all = all.and(term());
      }
      return all;
    }

    private Predicate<JsonNode> term() {
      if (skip(OPEN)) {
        Predicate<JsonNode> inner = anyOf();
        if (!skip(CLOSE)) {
          throw unsupported();
        }
        return inner;
      }
      Matcher m = CLAUSE.matcher(text).region(at, text.length());
      if (!m.lookingAt()) {
        throw unsupported();
      }
      at = m.end();
      String path = m.group(1);
      boolean equal = !m.group(2).equals("!=");
      String quoted = m.group(3) != null ? m.group(3) : m.group(4);
      String literal = m.group(5);
      return node -> matches(value(node, path), quoted, literal) == equal;
    }

    void expectEnd() {
      if (!text.substring(at).isBlank()) {
        throw unsupported();
      }
    }

    private boolean skip(Pattern token) {
      Matcher m = token.matcher(text).region(at, text.length());
      if (m.lookingAt()) {
        at = m.end();
        return true;
      }
      return false;
    }

    private IllegalArgumentException unsupported() {
      return new IllegalArgumentException(
          "The where clause '" + text.substring(at).trim() + "' is not supported by the sandbox");
    }
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
