/**
 * The module's database schema: versioned Flyway migrations under {@code db/quoox-xero}, applied
 * when the module starts, before the dispatcher runs. Depends on nothing else in the module.
 */
package com.quoox.xero.schema;
