package com.quoox.xero.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Instant;

/**
 * The one way a change is recorded: the business, the signed-in user, the topic and a summary in
 * plain words. Called by the resources after the change succeeded, so a refused or failed change
 * leaves no trace; a summary must never hold a secret.
 */
@ApplicationScoped
public class AuditTrail {

  /** Only a request nobody signed in to reaches a change without a principal; said as such. */
  static final String NOBODY = "(not signed in)";

  @Inject AuditRepository entries;

  public void record(String businessId, Principal user, AuditTopic topic, String summary) {
    String name = user == null || user.getName() == null ? NOBODY : user.getName();
    entries.add(new AuditEntry(businessId, Instant.now(), name, topic, summary));
  }

  /** Records the changes of a save; a save that changed nothing is no change to record. */
  public void recordChanges(
      String businessId, Principal user, AuditTopic topic, ChangeSummary changes) {
    if (!changes.isEmpty()) {
      record(businessId, user, topic, changes.toString());
    }
  }
}
