package com.quoox.xero.outbox;

import com.quoox.xero.periodic.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox to the retention period: every interval, the entries SENT and unchanged for
 * longer than {@code quoox.xero.outbox.retention} move to the archive, a batch per transaction, so
 * the outbox (and the sync log) does not grow without bound. Nodes running it at once take
 * different rows.
 */
@ApplicationScoped
public class OutboxRetention {

  private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

  /** Entries per transaction: short locks, and a few MB of payloads read at most. */
  static final int BATCH = 2_000;

  /** Batches per run; a first run on years of history spreads over several runs. */
  static final int MAX_BATCHES_PER_RUN = 50;

  @Inject PeriodicWork periodic;

  @Inject OutboxArchive archive;

  /** Read at each run, so an operator may change it without a restart. */
  static final String RETENTION = "quoox.xero.outbox.retention";

  static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  @Inject Config config;

  /**
   * The retention as configured now. Looked up through {@link Config} each time: an injected {@code
   * Provider<Duration>} did not fall back to its default value on WildFly.
   */
  Supplier<Duration> retention =
      () -> config.getOptionalValue(RETENTION, Duration.class).orElse(DEFAULT_RETENTION);

  @Inject
  @ConfigProperty(name = "quoox.xero.outbox.retention-interval", defaultValue = "PT1H")
  Duration interval;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    periodic.every("outbox retention", interval, interval, this::run);
  }

  void run() {
    try {
      Instant cutoff = Instant.now().minus(retention.get());
      int moved = 0;
      int batch;
      int batches = 0;
      do {
        batch = archive.archiveSentBefore(cutoff, BATCH);
        moved += batch;
      } while (batch == BATCH && ++batches < MAX_BATCHES_PER_RUN && !periodic.stopping());
      if (moved > 0) {
        LOG.infof("Outbox retention: %d entries sent before %s archived", moved, cutoff);
      }
    } catch (RuntimeException e) {
      // The database is away, or a batch failed: nothing moved, the next run tries again.
      LOG.warnf("Outbox retention: could not archive sent entries: %s", e);
    }
  }
}
