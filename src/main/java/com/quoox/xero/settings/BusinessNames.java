package com.quoox.xero.settings;

/**
 * The name people know a business by, shown in the settings page's header instead of its id. The
 * host (the Quoox monolith) knows the names and provides its own bean:
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION) class QuooxBusinessNames
 * implements BusinessNames}; without one the module names a business by its id ({@link
 * BusinessIdAsName}).
 */
public interface BusinessNames {

  /** The business's name, or its id when it has none. */
  String nameOf(String businessId);
}
