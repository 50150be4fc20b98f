package com.quoox.xero.settings;

import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The module's own answer when the host provides no catalogue: the categories of the business's
 * recent sales (the last {@value #RECENT_SALES}) together with those already mapped, so a category
 * stays on the screen once it has a coding.
 */
@ApplicationScoped
public class CategoriesSeenInSales implements ItemCategories {

  static final int RECENT_SALES = 500;

  @Inject OutboxRepository outbox;

  @Inject MappingsRepository mappings;

  @Override
  public List<String> of(String businessId) {
    TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    categories.addAll(mappings.codingFor(businessId).byCategory().keySet());
    for (String payload : outbox.recentSalePayloads(businessId, RECENT_SALES)) {
      SaleCompleted sale = readOrNull(payload);
      if (sale != null && sale.lines() != null) {
        sale.lines().stream()
            .filter(Objects::nonNull)
            .map(SaleLine::category)
            .filter(c -> c != null && !c.isBlank())
            .map(String::trim)
            .forEach(categories::add);
      }
    }
    return List.copyOf(categories);
  }

  /** A payload that was parked as unreadable names no categories. */
  private static SaleCompleted readOrNull(String payload) {
    try {
      return OutboxPayload.read(payload, SaleCompleted.class);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
