package com.quoox.xero.xeroapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XeroTimezonesTest {

  @Test
  void xerosWindowsNamesAreTheirIanaZones() {
    assertEquals(
        Optional.of(ZoneId.of("Pacific/Auckland")), XeroTimezones.zoneOf("NEWZEALANDSTANDARDTIME"));
    assertEquals(
        Optional.of(ZoneId.of("America/Los_Angeles")), XeroTimezones.zoneOf("PACIFICSTANDARDTIME"));
    assertEquals(Optional.of(ZoneId.of("Europe/London")), XeroTimezones.zoneOf("GMTSTANDARDTIME"));
    assertEquals(
        Optional.of(ZoneId.of("Australia/Sydney")), XeroTimezones.zoneOf("AUSEASTERNSTANDARDTIME"));
  }

  @Test
  void offsetsXeroHasBeenSeenToSendAreOffsets() {
    assertEquals(Optional.of(ZoneOffset.ofHours(13)), XeroTimezones.zoneOf("UTC+13"));
    assertEquals(
        Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)), XeroTimezones.zoneOf("UTC-03:30"));
  }

  @Test
  void unknownNamesAreNoZone() {
    assertEquals(Optional.empty(), XeroTimezones.zoneOf("ATLANTISSTANDARDTIME"));
    assertEquals(Optional.empty(), XeroTimezones.zoneOf(null));
  }
}
