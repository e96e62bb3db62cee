package io.github.camelflowroute.component.flowroute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Endpoints with the same connection settings share one HTTP client, which closes with its last endpoint. */
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

        a.stop();
        assertThat(component().getSharedClients().size()).isEqualTo(1);
        b.stop();
        assertThat(component().getSharedClients().size()).isZero();
    }

    private FlowrouteComponent component() {
        return context.getComponent("flowroute", FlowrouteComponent.class);
    }
}
