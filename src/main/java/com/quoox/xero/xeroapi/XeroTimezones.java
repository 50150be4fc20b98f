package com.quoox.xero.xeroapi;

import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xero's {@code Organisation.Timezone} as a Java zone. Xero sends Windows time zone ids, upper case
 * and without spaces ({@code NEWZEALANDSTANDARDTIME} for "New Zealand Standard Time"), and has been
 * seen to send offsets such as {@code UTC+13}; CLDR's table (through ICU) maps Windows ids to IANA
 * zones.
 */
public final class XeroTimezones {

  private static final Pattern OFFSET = Pattern.compile("UTC([+-])(\\d{1,2})(?::?(\\d{2}))?");

  /** Xero's spelling of each Windows id → the IANA zone CLDR gives for it (its "001" region). */
  private static final Map<String, String> BY_XERO_NAME = windowsZones();

  private XeroTimezones() {}

  /** The zone of Xero's {@code Timezone} value, or empty when it names none Java knows. */
  public static Optional<ZoneId> zoneOf(String xeroTimezone) {
    if (xeroTimezone == null || xeroTimezone.isBlank()) {
      return Optional.empty();
    }
    String name = xeroTimezone.trim().toUpperCase(Locale.ROOT);
    Matcher offset = OFFSET.matcher(name);
    if (offset.matches()) {
      int hours = Integer.parseInt(offset.group(2));
      int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
      int sign = offset.group(1).equals("-") ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    return Optional.ofNullable(BY_XERO_NAME.get(squeezed(name))).map(ZoneId::of);
  }

  private static Map<String, String> windowsZones() {
    Map<String, String> zones = new HashMap<>();
    for (String iana : TimeZone.getAvailableIDs()) {
      String windows = TimeZone.getWindowsID(iana);
      if (windows != null) {
        String preferred = TimeZone.getIDForWindowsID(windows, null);
        if (preferred != null && ZoneId.getAvailableZoneIds().contains(preferred)) {
          zones.putIfAbsent(squeezed(windows), preferred);
        }
      }
    }
    return Map.copyOf(zones);
  }

  private static String squeezed(String windowsId) {
    return windowsId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }
}
