package com.quoox.xero.sandbox.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xero's JSON conventions: amounts read as exact {@link BigDecimal}s (the SDK sends doubles as JSON
 * numbers), and dates in the Microsoft form {@code /Date(1700000000000+0000)/} that Xero and the
 * SDK use.
 */
public final class XeroJson {

  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

  private XeroJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static JsonNode parse(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String msDate(Instant instant) {
    return "/Date(" + instant.toEpochMilli() + "+0000)/";
  }

  /** The instant of Xero's {@code /Date(1700000000000+0000)/}; the epoch when absent. */
  public static Instant msDateInstant(String msDate) {
    if (msDate == null || !msDate.startsWith("/Date(")) {
      return Instant.EPOCH;
    }
    String digits = msDate.substring(6).replaceAll("[^0-9].*$", "");
    return Instant.ofEpochMilli(Long.parseLong(digits));
  }

  /** A date-time as clients send it: with an offset, in UTC without one, or as HTTP writes it. */
  public static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notIso) {
        return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      }
    }
  }

  public static String msDate(LocalDate date) {
    return msDate(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Xero's companion "DateString" field, e.g. {@code 2024-05-01T00:00:00}. */
  public static String dateString(LocalDate date) {
    return date.atStartOfDay().toString() + ":00";
  }

  /**
   * Reads the dates Xero accepts: {@code /Date(ms+0000)/}, {@code 2024-05-01} or {@code
   * 2024-05-01T00:00:00}.
   */
  public static LocalDate parseDate(String text) {
    Matcher ms = MS_DATE.matcher(text.trim());
    if (ms.matches()) {
      return Instant.ofEpochMilli(Long.parseLong(ms.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
    }
    return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
  }

  public static BigDecimal decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.decimalValue();
  }

  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
