package com.quoox.xero.settings;

import java.util.List;

/**
 * The item categories a business sells, which the settings screen lets the user map to Xero
 * accounts. The host (the Quoox monolith) knows its catalogue and replaces the module's {@link
 * CategoriesSeenInSales} with its own bean:
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION) class QuooxItemCategories
 * implements ItemCategories}.
 */
public interface ItemCategories {

  /** The business's item categories, sorted for people. */
  List<String> of(String businessId);
}
