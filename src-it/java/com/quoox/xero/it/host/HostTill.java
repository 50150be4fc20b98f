package com.quoox.xero.it.host;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The host's till, as the monolith's own code would be: it writes its own record in its own JTA
 * transaction and fires the module's events in that same transaction, on the datasource the
 * module's persistence unit uses, so the module's outbox row commits or rolls back with it.
 *
 * <p>No bean-defining annotation on purpose: this class is a bean only because the host's {@code
 * beans.xml} (discovery {@code all}) won over the module's ({@code annotated}) in the overlay.
 */
public class HostTill {

  static final String TABLE = "host_till_record";

  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  @Inject Event<SaleCompleted> sales;

  @Inject Event<RefundIssued> refunds;

  /** The host's schema is its own business; created outside any transaction (H2 DDL commits). */
  void createTable(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement create = connection.createStatement()) {
      create.execute(
          "create table if not exists "
              + TABLE
              + " (business_id varchar(64) not null, number varchar(128) not null)");
    }
  }

  /**
   * Records and fires the sale in one transaction; with {@code rollback} it fails after firing, as
   * a sale that fails late (payment declined, stock gone) would.
   */
  @Transactional
  public void sell(SaleCompleted sale, boolean rollback) {
    record(sale.businessId(), sale.saleNumber());
    sales.fire(sale);
    if (rollback) {
      throw new SaleFailed("Sale " + sale.saleNumber() + " failed after it was fired");
    }
  }

  @Transactional
  public void refund(RefundIssued refund) {
    record(refund.businessId(), refund.refundNumber());
    refunds.fire(refund);
  }

  /** The numbers the till holds for a business: what committed. */
  public List<String> recorded(String businessId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select number from " + TABLE + " where business_id = ? order by number")) {
      select.setString(1, businessId);
      List<String> numbers = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
      return numbers;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void record(String businessId, String number) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into " + TABLE + " (business_id, number) values (?, ?)")) {
      insert.setString(1, businessId);
      insert.setString(2, number);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A runtime exception, so {@code @Transactional} rolls the sale back. */
  public static class SaleFailed extends RuntimeException {
    SaleFailed(String message) {
      super(message);
    }
  }
}
