package com.quoox.xero.dispatch;

import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import com.quoox.xero.outbox.OutboxEntry;
import java.util.List;
import org.mockito.ArgumentCaptor;

/** What a mocked {@link OutcomeRecorder} was told of the entries' deliveries. */
final class RecordedDeliveries {

  private RecordedDeliveries() {}

  /** The number of the document the entry was recorded as sent in, in whichever call's record. */
  @SuppressWarnings("unchecked")
  static String sentNumberOf(OutcomeRecorder recorder, OutboxEntry entry) {
    ArgumentCaptor<List<OutcomeRecorder.Delivered>> recorded = ArgumentCaptor.forClass(List.class);
    verify(recorder, atLeastOnce()).recordDeliveries(recorded.capture());
    return recorded.getAllValues().stream()
        .flatMap(List::stream)
        .filter(d -> d.entry() == entry)
        .map(d -> ((Delivery.Sent) d.delivery()).xeroNumber())
        .findFirst()
        .orElseThrow(() -> new AssertionError(entry.getSourceNumber() + " was not recorded sent"));
  }
}
