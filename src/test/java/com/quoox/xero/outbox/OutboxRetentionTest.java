package com.quoox.xero.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.quoox.xero.periodic.PeriodicWork;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OutboxRetentionTest {

  private final OutboxRetention retention = new OutboxRetention();

  private final OutboxArchive archive = mock(OutboxArchive.class);

  OutboxRetentionTest() {
    retention.archive = archive;
    retention.retention = () -> Duration.ofDays(90);
    retention.periodic = new PeriodicWork();
  }

  @Test
  void movesBatchesUntilOneIsShortOfFull() {
    when(archive.archiveSentBefore(any(), anyInt()))
        .thenReturn(OutboxRetention.BATCH, OutboxRetention.BATCH, 7);

    retention.run();

    verify(archive, times(3)).archiveSentBefore(any(), anyInt());
  }

  @Test
  void aRunStopsAfterItsShareOfBatches() {
    when(archive.archiveSentBefore(any(), anyInt())).thenReturn(OutboxRetention.BATCH);

    retention.run();

    verify(archive, times(OutboxRetention.MAX_BATCHES_PER_RUN)).archiveSentBefore(any(), anyInt());
  }

  @Test
  void archivesWhatWasSentBeforeTheRetentionPeriod() {
    ArgumentCaptor<Instant> cutoff = ArgumentCaptor.forClass(Instant.class);
    when(archive.archiveSentBefore(cutoff.capture(), anyInt())).thenReturn(0);

    retention.run();

    Duration ago = Duration.between(cutoff.getValue(), Instant.now());
    assertTrue(ago.compareTo(Duration.ofDays(90)) >= 0, ago.toString());
    assertTrue(ago.compareTo(Duration.ofDays(90).plusMinutes(1)) < 0, ago.toString());
  }

  @Test
  void aFailedBatchIsLeftForTheNextRun() {
    when(archive.archiveSentBefore(any(), anyInt())).thenThrow(new IllegalStateException("down"));

    retention.run();

    verify(archive, times(1)).archiveSentBefore(any(), anyInt());
  }
}
