package com.quoox.xero.demo;

import com.quoox.xero.events.SaleCompleted;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The demo till's own record of its sales, in the database and in the sale's transaction, as the
 * monolith keeps its sales: the judge of whether a sale happened. The shop's answer is not, because
 * a database that drops its connection while committing leaves the caller told "failed" about a
 * sale that committed; its outbox row committed with it, as it must.
 */
@ApplicationScoped
public class DemoTill {

  private static final Logger LOG = Logger.getLogger(DemoTill.class);

  static final String TABLE = "demo_till_sale";

  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  void createTable(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    try (Connection connection = dataSource.getConnection();
        Statement create = connection.createStatement()) {
      create.execute(
          "create table if not exists "
              + TABLE
              + " (business_id varchar(64) not null, sale_number varchar(128) not null)");
    } catch (SQLException e) {
      // Another node sharing the database created it at the same instant; the first sale would
      // fail loudly if it were really missing.
      LOG.debugf(e, "Could not create %s", TABLE);
    }
  }

  /**
   * Records the sale in the caller's transaction. No unique key: the tests fire one sale twice on
   * purpose, and the till keeps each firing, as a monolith that replays an event would.
   */
  void record(SaleCompleted sale) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into " + TABLE + " (business_id, sale_number) values (?, ?)")) {
      insert.setString(1, sale.businessId());
      insert.setString(2, sale.saleNumber());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The till could not record sale " + sale.saleNumber(), e);
    }
  }
}
