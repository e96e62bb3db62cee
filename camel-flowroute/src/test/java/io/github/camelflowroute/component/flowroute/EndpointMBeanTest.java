package io.github.camelflowroute.component.flowroute;

import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A flowroute endpoint's MBean shows the counts of its operation, read through the platform's MBean server. */
class EndpointMBeanTest extends FlowrouteTestSupport {

    private static final String SEND = "flowroute:sendMessage?retryDelay=10&to=12065550199&from=";

    EndpointMBeanTest() {
        testConfiguration().withJMX(true);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        // Camel registers the MBeans of the endpoints its routes use
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(SEND + accountNumber());
                from("direct:routes").to("flowroute:listRoutes");
            }
        };
    }

    @Test
    void theSendEndpointsMBeanCountsA429ItsRetryAndTheSucceededCall() throws Exception {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(429));
        Exchange out = call("direct:send", e -> e.getMessage().setBody("after 429"));
        assertThat(out.getException()).isNull();

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName send = endpointMBean(server, "sendMessage");

        assertThat(server.getAttribute(send, "Calls")).isEqualTo(1L);
        assertThat(server.getAttribute(send, "FailedCalls")).isEqualTo(0L);
        assertThat(server.getAttribute(send, "RateLimitedAnswers")).isEqualTo(1L);
        assertThat(server.getAttribute(send, "Retries")).isEqualTo(1L);
        assertThat(server.getAttribute(send, "DeliveryUnknown")).isEqualTo(0L);
        assertThat(server.getAttribute(send, "WebhookDuplicates")).isEqualTo(0L);
        JsonObject limiter = (JsonObject) Jsoner.deserialize((String) server.getAttribute(send, "RateLimiterState"));
        assertThat(limiter).containsKeys("type", "refused", "delayed", "delayedMillis");
        assertThat(limiter.getLong("refused")).isEqualTo(1L);

        JsonObject json = (JsonObject) Jsoner.deserialize(
                (String) server.invoke(send, "dumpStatisticsAsJson", new Object[0], new String[0]));
        JsonObject statuses = (JsonObject) json.get("statuses");
        assertThat(statuses.getLong("429")).isEqualTo(1L);
        assertThat(statuses.getLong("202")).isEqualTo(1L);
        assertThat(((JsonObject) json.get("retryReasons")).getLong("rate_limited")).isEqualTo(1L);
        assertThat(((JsonObject) json.get("outcomes")).getLong("succeeded")).isEqualTo(1L);
    }

    @Test
    void anEndpointOfAnotherOperationShowsOnlyItsOwnCounts() throws Exception {
        call("direct:send", e -> e.getMessage().setBody("one send"));
        Exchange listed = call("direct:routes");
        assertThat(listed.getException()).isNull();

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();

        assertThat(server.getAttribute(endpointMBean(server, "listRoutes"), "Calls")).isEqualTo(1L);
        assertThat(server.getAttribute(endpointMBean(server, "sendMessage"), "Calls")).isEqualTo(1L);
    }

    private ObjectName endpointMBean(MBeanServer server, String operation) throws Exception {
        String domain = context.getManagementStrategy().getManagementAgent().getMBeanObjectDomainName();
        Set<ObjectName> names = server.queryNames(new ObjectName(domain + ":type=endpoints,*"), null);
        return names.stream().filter(n -> n.getKeyProperty("name").contains("flowroute://" + operation))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no MBean of flowroute:" + operation + " in " + names));
    }
}
