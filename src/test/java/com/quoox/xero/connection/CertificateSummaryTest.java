package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CertificateSummaryTest {

  @Test
  void summaryShowsSubjectSha256FingerprintAndEndOfValidityButNoKey() {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    PrivateAppCertificate generated =
        new CertificateGenerator(Clock.fixed(now, ZoneOffset.UTC)).generate("cafe-1");

    CertificateSummary summary = CertificateSummary.of(generated.certificatePem());

    assertEquals("CN=Quoox Xero cafe-1", summary.subject());
    assertTrue(
        summary.sha256Fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"),
        summary.sha256Fingerprint());
    assertEquals("2031-11-25T10:00:00Z", summary.notAfter());
    assertTrue(!summary.toString().contains("PRIVATE KEY"));
  }
}
