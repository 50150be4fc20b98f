package com.quoox.xero.benchmark.shop;

import com.quoox.xero.events.SaleCompleted;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The three transactions the benchmark times from outside (so each includes its begin and commit):
 * a sale whose only work is the module's observer, a bare JDBC INSERT of an outbox-sized row on the
 * same datasource, and an empty transaction. The first two also answer how long their work took
 * inside the transaction, before the commit (on PostgreSQL, mostly the WAL flush). Benchmark only;
 * never in the module's WAR.
 */
@ApplicationScoped
public class TimedTransactions {

  private static final String INSERT =
      "insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number,"
          + " payload, state, attempts, request_revision, next_attempt_at, created_at, updated_at,"
          + " version) values (?, ?, 'SALE', ?, ?, ?, 'SENT', 0, 0, ?, ?, ?, 0)";

  @Inject Event<SaleCompleted> saleCompleted;

  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  /** Answers the nanoseconds the observer took, before the commit. */
  @Transactional(TxType.REQUIRES_NEW)
  public long sale(SaleCompleted sale) {
    long started = System.nanoTime();
    saleCompleted.fire(sale);
    return System.nanoTime() - started;
  }

  /** Several sales in one transaction: a back-fill recorded in bulk. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sales(List<SaleCompleted> sales) {
    sales.forEach(saleCompleted::fire);
  }

  /**
   * The rows the observer would write (the sale's, and one per payment taken with it), as state
   * SENT so the dispatcher never picks them up. Answers the nanoseconds they took, before the
   * commit.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public long bareInsert(String businessId, String number, String payload, int rows) {
    long started = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int row = 0; row < rows; row++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, businessId);
        insert.setString(3, UUID.randomUUID().toString());
        insert.setString(4, number);
        insert.setString(5, payload);
        insert.setTimestamp(6, now);
        insert.setTimestamp(7, now);
        insert.setTimestamp(8, now);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - started;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void empty() {
    // begin and commit only: the floor under the other two
  }
}
