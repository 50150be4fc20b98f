package com.quoox.xero.xeroapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationSummaryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsWhatTheSdksEnumWouldRefuse() throws Exception {
    OrganisationSummary organisation =
        OrganisationSummary.of(
            JSON.readTree(
                """
                {"Organisations": [{"OrganisationID": "b2c3", "Name": "Kiwi Café",
                  "BaseCurrency": "NZD", "Timezone": "UTC+13",
                  "PeriodLockDate": "/Date(1375228800000+0000)/",
                  "EndOfYearLockDate": "2013-03-31T00:00:00"}]}
                """));

    assertEquals("Kiwi Café", organisation.name());
    assertEquals("NZD", organisation.baseCurrency());
    assertEquals("UTC+13", organisation.timezone());
    assertEquals(LocalDate.of(2013, 7, 31), organisation.periodLockDate());
    assertEquals(LocalDate.of(2013, 3, 31), organisation.endOfYearLockDate());
    assertEquals(LocalDate.of(2013, 7, 31), organisation.lockedUntil());
  }

  @Test
  void missingFieldsAreNull() throws Exception {
    OrganisationSummary organisation =
        OrganisationSummary.of(JSON.readTree("{\"Organisations\": [{\"Name\": \"Bare\"}]}"));

    assertNull(organisation.timezone());
    assertNull(organisation.lockedUntil());
  }
}
