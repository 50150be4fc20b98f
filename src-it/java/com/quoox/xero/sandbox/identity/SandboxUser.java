package com.quoox.xero.sandbox.identity;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The person who signs in on Xero's login page during "Connect to Xero". The sandbox shows no
 * screens: a test says beforehand which organisations the user will pick on the consent screen, and
 * otherwise the user picks every organisation they belong to.
 */
public final class SandboxUser {

  private final List<UUID> organisations = new CopyOnWriteArrayList<>();
  private final Queue<List<UUID>> nextChoices = new ConcurrentLinkedQueue<>();

  public void join(UUID tenantId) {
    organisations.add(tenantId);
  }

  /** The organisations picked at the next consent; an empty list means the user clicks Cancel. */
  public void willPick(List<UUID> tenantIds) {
    nextChoices.add(List.copyOf(tenantIds));
  }

  /** What the user authorises now; empty when they decline (or belong to no organisation). */
  public List<UUID> consent() {
    List<UUID> chosen = nextChoices.poll();
    return chosen != null ? chosen : List.copyOf(organisations);
  }
}
