package com.quoox.xero.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OAuthAvailabilityTest {

  private static final Optional<String> SET = Optional.of("value");

  @Test
  void availableWhenTheAppIsSetUpAndSwitchedOn() {
    OAuthAvailability availability = OAuthAvailability.of(true, SET, SET, SET);

    assertTrue(availability.available());
    assertEquals("", availability.reason());
  }

  @Test
  void aMissingOrBlankSettingNamesWhatIsMissingInPlainWords() {
    OAuthAvailability noId = OAuthAvailability.of(true, Optional.empty(), SET, SET);
    OAuthAvailability blankSecret = OAuthAvailability.of(true, SET, Optional.of(" "), SET);
    OAuthAvailability noRedirect = OAuthAvailability.of(true, SET, SET, Optional.empty());

    assertFalse(noId.available());
    assertTrue(noId.reason().contains("no client id"), noId.reason());
    assertTrue(blankSecret.reason().contains("no client secret"), blankSecret.reason());
    assertTrue(noRedirect.reason().contains("no redirect address"), noRedirect.reason());
    assertTrue(noId.reason().contains("Custom Connection"), "says what to do instead");
  }

  @Test
  void theOperatorsSwitchWinsOverAFullSetUp() {
    OAuthAvailability off = OAuthAvailability.of(false, SET, SET, SET);

    assertFalse(off.available());
    assertEquals(OAuthAvailability.SWITCHED_OFF, off.reason());
  }
}
