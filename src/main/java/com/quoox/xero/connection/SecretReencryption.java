package com.quoox.xero.connection;

import com.quoox.xero.connection.StoredSecrets.Holder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Moves every stored secret to the current encryption key, one row per transaction, while the
 * module keeps sending; and counts the secrets under each key, so an operator knows when an old key
 * holds nothing more and may be removed.
 */
@ApplicationScoped
public class SecretReencryption {

  private static final Logger LOG = Logger.getLogger(SecretReencryption.class);

  @Inject StoredSecrets stored;

  @Inject SecretCipher cipher;

  /** How many secrets each key id encrypts now, and which key is current. */
  public KeyUsage usage() {
    Map<String, Integer> byKey = new TreeMap<>();
    forEachRow(
        (holder, id) ->
            stored.reseal(
                holder,
                id,
                owner ->
                    (field, value) -> {
                      if (value != null) {
                        byKey.merge(SecretCipher.keyIdOf(value), 1, Integer::sum);
                      }
                      return value;
                    }));
    return new KeyUsage(cipher.currentKeyId(), byKey);
  }

  /** Re-encrypts, under the current key, every stored secret that is not under it yet. */
  public ReencryptionReport reencryptAll() {
    cipher.requireCurrentKey(); // a missing key is one clear error, not a failure per row
    int[] totals = new int[2]; // re-encrypted, already under the current key
    int failed =
        forEachRow(
            (holder, id) -> {
              int[] row = new int[2];
              stored.reseal(
                  holder,
                  id,
                  owner ->
                      (field, value) -> {
                        if (value == null) {
                          return null;
                        }
                        row[cipher.isCurrent(value) ? 1 : 0]++;
                        return cipher.resealed(value, field, owner);
                      });
              // Counted once the row's transaction has committed.
              totals[0] += row[0];
              totals[1] += row[1];
            });
    ReencryptionReport report =
        new ReencryptionReport(
            cipher.currentKeyId(), totals[0], totals[1], failed, usage().byKey());
    LOG.infof(
        "Re-encrypted %d stored secret(s) under key '%s' (%d already were; %d row(s) failed)",
        report.reencrypted(), report.currentKey(), report.alreadyCurrent(), report.failedRows());
    return report;
  }

  /** Runs {@code action} on each row of each holder; a row that fails is counted, not fatal. */
  private int forEachRow(BiConsumer<Holder, String> action) {
    int failed = 0;
    for (Holder holder : Holder.values()) {
      for (String id : stored.ids(holder)) {
        try {
          action.accept(holder, id);
        } catch (RuntimeException e) {
          failed++;
          // The row's id and the reason only: never a value.
          String row = holder == Holder.SIGN_IN ? "under way" : id;
          LOG.warnf("Secrets of %s %s not re-encrypted: %s", holder, row, rootMessage(e));
        }
      }
    }
    return failed;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /** Which key is current and how many stored secrets each key id encrypts. */
  public record KeyUsage(String currentKey, Map<String, Integer> byKey) {}

  /** What a re-encryption did, and the secrets under each key afterwards. */
  public record ReencryptionReport(
      String currentKey,
      int reencrypted,
      int alreadyCurrent,
      int failedRows,
      Map<String, Integer> byKey) {}
}
