package io.github.camelflowroute.component.flowroute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints with the same connection settings share one HTTP client, which closes with its last endpoint; polling
 * consumers share theirs apart from the producers', whose routes may block the client's I/O threads.
 */
class SharedClientTest extends FlowrouteTestSupport {

    @Test
    void endpointsWithTheSameSettingsShareOneClient() throws Exception {
        FlowrouteEndpoint a = context.getEndpoint("flowroute:listNumbers", FlowrouteEndpoint.class);
        FlowrouteEndpoint b = context.getEndpoint("flowroute:listRoutes?limit=5", FlowrouteEndpoint.class);

        assertThat(a.getClient()).isSameAs(b.getClient());
        assertThat(component().getSharedClients().size()).isEqualTo(1);
    }

    @Test
    void differentCredentialsGetTheirOwnClient() {
        FlowrouteEndpoint a = context.getEndpoint("flowroute:listNumbers", FlowrouteEndpoint.class);
        FlowrouteEndpoint b = context.getEndpoint("flowroute:listNumbers?accessKey=other", FlowrouteEndpoint.class);

        assertThat(a.getClient()).isNotSameAs(b.getClient());
        assertThat(component().getSharedClients().size()).isEqualTo(2);
    }

    @Test
    void clientClosesWithItsLastEndpoint() throws Exception {
        FlowrouteEndpoint a = context.getEndpoint("flowroute:listNumbers", FlowrouteEndpoint.class);
        FlowrouteEndpoint b = context.getEndpoint("flowroute:listRoutes", FlowrouteEndpoint.class);
        assertThat(a.getClient()).isSameAs(b.getClient());

        a.stop();
        assertThat(component().getSharedClients().size()).isEqualTo(1);
        b.stop();
        assertThat(component().getSharedClients().size()).isZero();
    }

    @Test
    void pollingConsumersGetTheirOwnClient() throws Exception {
        FlowrouteEndpoint producer = context.getEndpoint("flowroute:listNumbers", FlowrouteEndpoint.class);
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("flowroute:listRoutes?delay=60000").routeId("poller").to("mock:out");
            }
        });

        FlowroutePollingConsumer<?> consumer = (FlowroutePollingConsumer<?>) context.getRoute("poller").getConsumer();
        assertThat(consumer.client()).isNotSameAs(producer.getClient());
        assertThat(component().getSharedClients().size()).isEqualTo(2);
    }

    @Test
    void anEndpointOnlyPolledStartsNoClientForProducers() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("flowroute:listRoutes?delay=60000").routeId("poller").to("mock:out");
            }
        });

        assertThat(component().getSharedClients().size()).isEqualTo(1);
        FlowroutePollingConsumer<?> consumer = (FlowroutePollingConsumer<?>) context.getRoute("poller").getConsumer();
        assertThat(consumer.client()).isNotNull();
    }

    @Test
    void aStoppedEndpointHasNoClient() throws Exception {
        FlowrouteEndpoint endpoint = context.getEndpoint("flowroute:listNumbers", FlowrouteEndpoint.class);
        endpoint.getClient();

        endpoint.stop();

        assertThat(endpoint.getClient()).isNull();
        assertThat(component().getSharedClients().size()).isZero();
    }

    private FlowrouteComponent component() {
        return context.getComponent("flowroute", FlowrouteComponent.class);
    }
}
