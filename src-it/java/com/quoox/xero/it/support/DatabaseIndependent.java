package com.quoox.xero.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test whose outcome cannot depend on which database holds the module's tables: what
 * it proves is decided before or beside the module's SQL (HTTP and its headers, signing in and
 * roles, OAuth and the credential store, configuration, metrics), and it reaches the database only
 * through plain JPA reads and writes. It runs once, on H2; the PostgreSQL run leaves it out
 * (failsafe's {@code excludedGroups} in the {@code postgresql} profile), so CI's time goes to the
 * tests where PostgreSQL's locking, SQL, constraints and transactions can answer differently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {
  String TAG = "database-independent";
}
