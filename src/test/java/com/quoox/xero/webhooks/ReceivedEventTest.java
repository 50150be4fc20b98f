package com.quoox.xero.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

  private static final String EVENT =
      """
      {"resourceUrl":"https://api.xero.com/api.xro/2.0/Invoices/55d84274-a3da-4829-a7c0-0cab601b95cc",
       "resourceId":"55d84274-a3da-4829-a7c0-0cab601b95cc",
       "tenantId":"aef86862-2015-4b6b-88bc-d89032cecc50","tenantType":"ORGANISATION",
       "eventCategory":"INVOICE","eventType":"UPDATE","eventDateUtc":"2026-12-02T00:44:09.923"}
      """;

  private static List<ReceivedEvent> parse(String json) {
    return ReceivedEvent.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsXerosEventFieldsAndItsUtcTimeWithoutOffset() {
    ReceivedEvent event =
        parse(
                "{\"events\":["
                    + EVENT
                    + "],\"firstEventSequence\":1,\"lastEventSequence\":1,\"entropy\":\"X\"}")
            .get(0);
    assertEquals("aef86862-2015-4b6b-88bc-d89032cecc50", event.tenantId());
    assertEquals("INVOICE", event.category());
    assertEquals("55d84274-a3da-4829-a7c0-0cab601b95cc", event.resourceId());
    assertEquals(Instant.parse("2026-12-02T00:44:09.923Z"), event.eventDate());
  }

  @Test
  void theSameChangeDeliveredTwiceHasOneKeyAndALaterOneAnother() {
    ReceivedEvent first = parse("{\"events\":[" + EVENT + "]}").get(0);
    ReceivedEvent again = parse("{\"events\":[" + EVENT + "],\"entropy\":\"OTHER\"}").get(0);
    ReceivedEvent later = parse("{\"events\":[" + EVENT.replace("09.923", "10.001") + "]}").get(0);
    assertEquals(first.key(), again.key());
    assertNotEquals(first.key(), later.key());
  }

  @Test
  void intentToReceiveAndBodiesThatAreNotJsonCarryNoEvents() {
    assertTrue(parse("{\"events\":[],\"firstEventSequence\":0,\"lastEventSequence\":0}").isEmpty());
    assertTrue(parse("not json").isEmpty());
    assertTrue(parse("[]").isEmpty());
  }
}
