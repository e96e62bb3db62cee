package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.metrics.OperationStatistics;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook posts that repeat an earlier one are counted as duplicates of the webhook's operation. */
class WebhookDuplicateCountTest extends WebhookTestSupport {

    private static final String INBOUND = """
            {"data":{"type":"message","id":"mdr2-00000000000000000000000000000dup","attributes":{
            "direction":"inbound","from":"12065550142","to":"12064331866","body":"hi","is_mms":false}}}""";

    private OperationStatistics counts(String operation) {
        return context.getComponent("flowroute", FlowrouteComponent.class).getMetrics().of(operation);
    }

    @Test
    void eachRepeatOfADeliveredPostCountsOneDuplicate() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");

        for (int i = 0; i < 3; i++) {
            assertThat(post("", INBOUND)).isEqualTo(200);
        }

        assertThat(out.getReceivedCounter()).isEqualTo(1);
        assertThat(counts("inboundMessages").webhookDuplicates()).isEqualTo(2);
        assertThat(counts("deliveryReceipts").webhookDuplicates()).isZero();
    }

    @Test
    void aFirstPostIsNoDuplicate() throws Exception {
        webhook("inboundMessages", "");

        assertThat(post("", INBOUND)).isEqualTo(200);

        assertThat(counts("inboundMessages").webhookDuplicates()).isZero();
    }
}
