package com.quoox.xero.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the module's datasource is, for the few statements written for PostgreSQL (its
 * {@code ON CONFLICT}, which lets two nodes insert the same row at once without either failing);
 * H2, which serves a single node, takes the portable form.
 */
@ApplicationScoped
public class DatabaseProduct {

  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  private volatile String name;

  /** The database's name, lower case: {@code postgresql}, {@code h2}. */
  public String name() {
    String known = name;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the quoox-xero database", e);
      }
      name = known;
    }
    return known;
  }

  public boolean postgreSql() {
    return "postgresql".equals(name());
  }
}
