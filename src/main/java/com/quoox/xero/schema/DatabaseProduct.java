package com.quoox.xero.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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

  private volatile Boolean postgreSql;

  public boolean postgreSql() {
    Boolean known = postgreSql;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new IllegalStateException("The module's datasource could not be asked what it is", e);
      }
      postgreSql = known;
    }
    return known;
  }
}
