package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.WildFlyNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the benchmark's WildFly writes to: H2 in memory (the build's server), or on
 * PostgreSQL ({@code server-pg}) a schema made for the run in the environment's database ({@code
 * QUOOX_XERO_DB_URL}, {@code _USER}, {@code _PASSWORD}, which the server inherits) and dropped
 * after it, so each run starts empty and leaves the database as it found it.
 */
final class BenchmarkDatabase {

  private final String description;
  private final String url;
  private final String schema;

  private BenchmarkDatabase(String description, String url, String schema) {
    this.description = description;
    this.url = url;
    this.schema = schema;
  }

  static BenchmarkDatabase of(BenchmarkSettings settings) {
    return switch (settings.database()) {
      case "h2" -> new BenchmarkDatabase("H2 in memory", null, null);
      case "postgresql" -> newPostgresqlSchema();
      default ->
          throw new IllegalArgumentException(
              "bench.database is h2 or postgresql, not " + settings.database());
    };
  }

  private static BenchmarkDatabase newPostgresqlSchema() {
    String url = environment("QUOOX_XERO_DB_URL");
    String schema = "bench_run_" + System.currentTimeMillis();
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute("create schema " + schema);
      String version = connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
      return new BenchmarkDatabase(
          "PostgreSQL " + version + " (" + url + ", schema " + schema + ")", url, schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " at " + url, e);
    }
  }

  /** What the table's header names. */
  String description() {
    return description;
  }

  boolean isPostgresql() {
    return url != null;
  }

  /** Points the node at the run's schema; on H2 the node keeps its own in-memory database. */
  WildFlyNode serve(WildFlyNode node) {
    if (url == null) {
      return node;
    }
    String options = "currentSchema=" + schema + "&ApplicationName=quoox-xero-benchmark";
    return node.environment("QUOOX_XERO_DB_URL", url + (url.contains("?") ? "&" : "?") + options);
  }

  /** Drops the run's schema, once the node has stopped; a failure is reported, not thrown. */
  void dropRunData() {
    if (url == null) {
      return;
    }
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema " + schema + " cascade");
    } catch (SQLException e) {
      System.err.printf("benchmark: could not drop schema %s: %s%n", schema, e.getMessage());
    }
  }

  /** Through the driver's own DataSource: Maven's JVM may have set up DriverManager without it. */
  private static Connection connect(String url) throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    return dataSource.getConnection(
        environment("QUOOX_XERO_DB_USER"), environment("QUOOX_XERO_DB_PASSWORD"));
  }

  private static String environment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "-Dbench.database=postgresql needs QUOOX_XERO_DB_URL, QUOOX_XERO_DB_USER and"
              + " QUOOX_XERO_DB_PASSWORD in the environment; "
              + name
              + " is not set");
    }
    return value;
  }
}
