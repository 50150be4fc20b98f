package com.quoox.xero;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.quoox.xero.xeroapi.XeroSession;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record of the module that holds a token, secret, private key or PKCE verifier prints none
 * of it: a record's generated {@code toString()} prints every component, so one logged or put in an
 * exception message would leak it. Records are found in the module's classes, so a new one is
 * checked from the day it is written.
 */
class SecretsNotPrintedTest {

  /** Component names that hold a secret; a record named like one holds it in its value. */
  private static final Pattern SECRET =
      Pattern.compile("(?i).*(token|secret|privatekey|verifier|password).*");

  @Test
  void noRecordPrintsTheSecretItHolds() throws Exception {
    Set<String> checked = new TreeSet<>();
    for (Class<?> record : recordsOfTheModule()) {
      if (holdsASecret(record)) {
        List<String> secrets = new ArrayList<>();
        Object instance = instanceOf(record, secrets, false);
        String printed = instance.toString();
        for (String secret : secrets) {
          assertFalse(printed.contains(secret), record.getName() + " prints " + printed);
        }
        checked.add(record.getSimpleName());
      }
    }
    assertTrue(
        checked.containsAll(
            Set.of(
                "AccessToken",
                "TokenGrant",
                "XeroSession",
                "LiveToken",
                "CachedToken",
                "Pkce",
                "PrivateAppCertificate",
                "ConnectionRequest",
                "PrivateAppRequest")),
        "checked " + checked);
  }

  private static boolean holdsASecret(Class<?> record) {
    return Stream.of(record.getRecordComponents()).anyMatch(c -> isSecret(record, c));
  }

  private static boolean isSecret(Class<?> record, RecordComponent component) {
    return SECRET.matcher(component.getName()).matches()
        || (SECRET.matcher(record.getSimpleName()).matches()
            && component.getName().equals("value"));
  }

  /**
   * An instance whose every String is distinct; those of secret components (or of any component
   * inside one) are added to {@code secrets}.
   */
  private static Object instanceOf(Class<?> record, List<String> secrets, boolean insideSecret)
      throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      boolean secret = insideSecret || isSecret(record, components[i]);
      values[i] = valueOf(components[i], secret, secrets);
    }
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(values);
  }

  private static Object valueOf(RecordComponent component, boolean secret, List<String> secrets)
      throws Exception {
    Class<?> type = component.getType();
    if (type == String.class) {
      // 43 characters or more of the PKCE alphabet, so that even a verifier is valid.
      String value = "S3cr3t-" + component.getName() + "-" + "x".repeat(40);
      if (secret) {
        secrets.add(value);
      }
      return value;
    }
    if (type.isRecord()) {
      return instanceOf(type, secrets, secret);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Duration.class) {
      return Duration.ofMinutes(30);
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    if (type == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    return fail("no test value for " + type + " of " + component);
  }

  private static List<Class<?>> recordsOfTheModule() throws Exception {
    Path classes =
        Path.of(XeroSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> records = new ArrayList<>();
    for (String name : classNames(classes)) {
      Class<?> type = Class.forName(name, false, SecretsNotPrintedTest.class.getClassLoader());
      if (type.isRecord()) {
        records.add(type);
      }
    }
    return records;
  }

  private static List<String> classNames(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.equals("module-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
