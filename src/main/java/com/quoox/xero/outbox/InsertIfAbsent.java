package com.quoox.xero.outbox;

import com.quoox.xero.schema.DatabaseProduct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * On PostgreSQL, writes new outbox entries with {@code INSERT … ON CONFLICT DO NOTHING} (and not
 * when the event's entry was archived), a sale's rows in one JDBC batch: one round trip in the
 * sale's transaction instead of a SELECT and an INSERT per row, and a duplicate event fired at the
 * same moment by two transactions is dropped by the database instead of failing the second sale at
 * commit on the unique constraint. Plain JDBC on the persistence unit's own datasource, so it joins
 * the sale's JTA transaction like the JPA writes do.
 */
@ApplicationScoped
class InsertIfAbsent {

  /**
   * The archive check rides in the same statement (one primary-key probe), so an event whose entry
   * left the outbox after the retention period costs the sale no extra round trip.
   */
  private static final String INSERT =
      "insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number,"
          + " related_source_id, payload, state, attempts, request_revision, next_attempt_at,"
          + " last_error, provider, clearing_amount, created_at, updated_at, version)"
          + " select ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, 0"
          + " where not exists (select 1 from xero_outbox_archive a where a.business_id = ?"
          + " and a.source_kind = ? and a.source_id = ?)"
          + " on conflict (business_id, source_kind, source_id) do nothing";

  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject DatabaseProduct database;

  /** Whether the database supports the single statement; else the caller checks, then persists. */
  boolean supported() {
    return database.postgreSql();
  }

  /**
   * Inserts the entries whose events are not there already, in one JDBC batch (one round trip for a
   * sale and its payments); answers, per entry, whether it was inserted.
   */
  boolean[] insertAll(List<OutboxEntry> entries) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (OutboxEntry entry : entries) {
        bind(insert, entry);
        insert.addBatch();
      }
      int[] counts = insert.executeBatch();
      boolean[] inserted = new boolean[entries.size()];
      for (int i = 0; i < inserted.length; i++) {
        // A driver that rewrites batches reports SUCCESS_NO_INFO: counted as inserted, which at
        // worst wakes the dispatcher once too often.
        inserted[i] = counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO;
      }
      return inserted;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void bind(PreparedStatement insert, OutboxEntry entry) throws SQLException {
    insert.setString(1, entry.getId());
    insert.setString(2, entry.getBusinessId());
    insert.setString(3, entry.getSourceKind().name());
    insert.setString(4, entry.getSourceId());
    insert.setString(5, entry.getSourceNumber());
    insert.setString(6, entry.getRelatedSourceId());
    insert.setString(7, entry.getPayload());
    insert.setString(8, entry.getState().name());
    insert.setTimestamp(9, timestamp(entry.getNextAttemptAt()));
    insert.setString(10, entry.getLastError());
    insert.setString(11, Optional.ofNullable(entry.getProvider()).map(Enum::name).orElse(null));
    insert.setBigDecimal(12, entry.getClearingAmount());
    insert.setTimestamp(13, timestamp(entry.getCreatedAt()));
    insert.setTimestamp(14, timestamp(entry.getUpdatedAt()));
    insert.setString(15, entry.getBusinessId());
    insert.setString(16, entry.getSourceKind().name());
    insert.setString(17, entry.getSourceId());
  }

  /**
   * The row could not be written, so the sale must not commit without it: its transaction is marked
   * for rollback, as a failed JPA write marks it, and the intake then fails the sale.
   */
  private PersistenceException failed(SQLException e) {
    if (transactions.getTransactionKey() != null) {
      transactions.setRollbackOnly();
    }
    return new PersistenceException("Could not write the outbox entry", e);
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
