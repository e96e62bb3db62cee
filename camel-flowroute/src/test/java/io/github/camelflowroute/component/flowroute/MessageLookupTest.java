package io.github.camelflowroute.component.flowroute;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageLookupTest extends FlowrouteTestSupport {

    private static final Instant BASE = Instant.parse("2031-03-01T00:00:00Z");

    @Test
    void getMessageReturnsTheMdrOfASentMessage() {
        Exchange sent = call("flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199",
                e -> e.getMessage().setBody("look me up"));

        Exchange out = call("flowroute:getMessage", e -> e.getMessage().setHeader(FlowrouteConstants.MESSAGE_ID,
                sent.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID)));

        MessageDetailRecord mdr = out.getMessage().getBody(MessageDetailRecord.class);
        assertThat(mdr.id()).isEqualTo(sent.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID));
        assertThat(mdr.direction()).isEqualTo("outbound");
        assertThat(mdr.body()).isEqualTo("look me up");
        assertThat(mdr.from()).isEqualTo(accountNumber());
        assertThat(mdr.timestamp()).isNotNull();
    }

    @Test
    void getMessageTakesTheIdFromTheEndpointOption() {
        String id = simulator().state().addMessage(
                SimMessage.inbound("12065550199", accountNumber(), "inbound hello", BASE));

        MessageDetailRecord mdr = call("flowroute:getMessage?messageId=" + id).getMessage()
                .getBody(MessageDetailRecord.class);

        assertThat(mdr.direction()).isEqualTo("inbound");
        assertThat(mdr.body()).isEqualTo("inbound hello");
    }

    @Test
    void listMessagesReturnsOnePageWithPagingHeaders() {
        addInbound(5);

        Exchange out = call("flowroute:listMessages?startDate=2031-03-01&endDate=2031-03-02&limit=2");

        List<MessageDetailRecord> page = records(out);
        assertThat(page).extracting(MessageDetailRecord::body).containsExactly("m0", "m1");
        assertThat(out.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isTrue();
        assertThat(out.getMessage().getHeader(FlowrouteConstants.NEXT_OFFSET, Integer.class)).isEqualTo(2);
        assertThat(out.getMessage().getHeader(FlowrouteConstants.RESULT_COUNT, Integer.class)).isEqualTo(2);
    }

    @Test
    void offsetHeaderFetchesTheFollowingPage() {
        addInbound(5);

        Exchange out = call("flowroute:listMessages?startDate=2031-03-01&endDate=2031-03-02&limit=2",
                e -> e.getMessage().setHeader(FlowrouteConstants.OFFSET, 4));

        assertThat(records(out)).extracting(MessageDetailRecord::body).containsExactly("m4");
        assertThat(out.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isFalse();
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(FlowrouteConstants.NEXT_OFFSET);
    }

    @Test
    void fetchAllPagesFollowsNextLinksOnTheConfiguredBaseUrl() {
        addInbound(7);

        Exchange out =
                call("flowroute:listMessages?startDate=2031-03-01&endDate=2031-03-02&limit=3&fetchAllPages=true");

        assertThat(records(out)).extracting(MessageDetailRecord::body)
                .containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6");
        assertThat(simulator().journal().count("GET", "/v2.1/messages")).isEqualTo(3);
        assertThat(out.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isFalse();
    }

    @Test
    void fetchAllPagesStopsAtMaxResults() {
        addInbound(7);

        Exchange out = call("flowroute:listMessages?startDate=2031-03-01&endDate=2031-03-02&limit=3"
                + "&fetchAllPages=true&maxResults=4");

        assertThat(records(out)).extracting(MessageDetailRecord::body).containsExactly("m0", "m1", "m2", "m3");
        assertThat(out.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isTrue();
        assertThat(out.getMessage().getHeader(FlowrouteConstants.NEXT_OFFSET, Integer.class)).isEqualTo(4);
    }

    @Test
    void startDateHeaderAcceptsAnInstant() {
        addInbound(2);

        Exchange out = call("flowroute:listMessages?endDate=2031-03-02", e -> e.getMessage()
                .setHeader(FlowrouteConstants.START_DATE, BASE.plus(1, ChronoUnit.MINUTES)));

        assertThat(records(out)).extracting(MessageDetailRecord::body).containsExactly("m1");
    }

    private static void addInbound(int count) {
        for (int i = 0; i < count; i++) {
            simulator().state().addMessage(SimMessage.inbound(
                    "12065550199", accountNumber(), "m" + i, BASE.plus(i, ChronoUnit.MINUTES)));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<MessageDetailRecord> records(Exchange out) {
        assertThat(out.getException()).isNull();
        return out.getMessage().getBody(List.class);
    }
}
