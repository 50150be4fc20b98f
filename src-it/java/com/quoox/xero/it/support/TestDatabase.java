package com.quoox.xero.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The PostgreSQL database of the test run, reached as the module's own user with the environment
 * the WildFly servers read ({@code QUOOX_XERO_DB_URL}, {@code _USER}, {@code _PASSWORD}): to read
 * the outbox directly, and to make this one database go away and come back while the servers run,
 * without touching any other database of the cluster.
 */
public final class TestDatabase {

  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static TestDatabase fromEnvironment() {
    return new TestDatabase(
        System.getenv()
            .getOrDefault("QUOOX_XERO_DB_URL", "jdbc:postgresql://localhost:5432/quoox_xero"),
        System.getenv().getOrDefault("QUOOX_XERO_DB_USER", "quoox_xero"),
        System.getenv("QUOOX_XERO_DB_PASSWORD"));
  }

  /** The database's name, the last part of its URL's path. */
  public String name() {
    String path = url.replaceFirst("\\?.*$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The database's URL for a server that names itself {@code application} in its sessions. */
  public String urlFor(String application) {
    return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + application;
  }

  /**
   * As if the database server went away for the server named {@code application} ({@link #urlFor}):
   * new connections are refused and its open ones (its pooled connections) are ended mid-use. Other
   * servers' open sessions are left alone, so other tests' servers keep working, and other
   * databases of the cluster are not touched. PostgreSQL refuses to disallow connections to the
   * database one is connected to, so this runs from the cluster's {@code postgres} database.
   */
  public void goAwayFor(String application) {
    try (Connection maintenance = maintenance();
        Statement statement = maintenance.createStatement();
        PreparedStatement terminate =
            maintenance.prepareStatement(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = ? and usename = current_user and application_name = ?")) {
      statement.execute("alter database " + quotedName() + " allow_connections false");
      terminate.setString(1, name());
      terminate.setString(2, application);
      try (ResultSet ended = terminate.executeQuery()) {
        ended.next();
        System.out.printf(
            "TestDatabase: %s refuses connections; %d sessions ended%n", name(), ended.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take database " + name() + " away", e);
    }
  }

  /** Accepts connections again. */
  public void comeBack() {
    try (Connection maintenance = maintenance();
        Statement statement = maintenance.createStatement()) {
      statement.execute("alter database " + quotedName() + " allow_connections true");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot bring database " + name() + " back", e);
    }
  }

  /** How many outbox entries of these businesses are in each state, e.g. {@code {SENT=2000}}. */
  public Map<String, Long> outboxStates(Collection<String> businessIds) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement query =
            connection.prepareStatement(
                "select state, count(*) from xero_outbox_entry where business_id = any(?)"
                    + " group by state")) {
      query.setArray(1, connection.createArrayOf("varchar", businessIds.toArray()));
      Map<String, Long> states = new TreeMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          states.put(rows.getString(1), rows.getLong(2));
        }
      }
      return states;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the outbox of " + name(), e);
    }
  }

  /**
   * The sale numbers the demo till recorded for one business, in the sales' own transactions: the
   * sales that happened, whatever their callers were told.
   */
  public Set<String> tillSales(String businessId) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement query =
            connection.prepareStatement(
                "select sale_number from demo_till_sale where business_id = ?")) {
      query.setString(1, businessId);
      Set<String> numbers = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
      return numbers;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the demo till of " + name(), e);
    }
  }

  private Connection maintenance() throws SQLException {
    String path = url.replaceFirst("\\?.*$", "");
    String query = url.substring(path.length());
    return DriverManager.getConnection(
        path.substring(0, path.lastIndexOf('/') + 1) + "postgres" + query, user, password);
  }

  private String quotedName() {
    return "\"" + name().replace("\"", "\"\"") + "\"";
  }
}
