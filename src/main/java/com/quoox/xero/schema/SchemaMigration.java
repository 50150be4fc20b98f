package com.quoox.xero.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the database to the schema this version of the module needs, at start-up and before
 * anything else of the module touches it. Migrations are versioned SQL in {@code db/quoox-xero},
 * and in {@code db/quoox-xero-postgresql} or {@code db/quoox-xero-h2} where one database needs its
 * own (PostgreSQL's partial indexes); their history is kept in its own table, so a host that uses
 * Flyway too is not disturbed.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

  /** The persistence unit's datasource (persistence.xml). */
  @Resource(lookup = "java:jboss/datasources/QuooxXeroDS")
  DataSource dataSource;

  /** Names the folder of the database's own migrations: {@code postgresql}, {@code h2}. */
  @Inject DatabaseProduct database;

  void migrate(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted) {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/quoox-xero", "classpath:db/quoox-xero-" + database.name())
            .table("quoox_xero_schema_history")
            .load()
            .migrate();
    LOG.infof(
        "quoox-xero schema at version %s (%d migration(s) applied now)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
  }
}
