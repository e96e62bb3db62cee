package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.component.flowroute.client.HttpFlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing a client ends the calls it still holds, so no exchange waits for an answer that will never come. */
class ClientCloseTest {

    private final HostileServer server = new HostileServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void callWaitingForItsRetryFailsWhenTheClientCloses() throws Exception {
        server.behave(HostileServer.hangUp());
        HttpFlowrouteClient client = HttpFlowrouteClient.builder()
                .baseUrl(server.baseUrl())
                .credentials("ak", "sk")
                .retries(3, Duration.ofMinutes(1), Duration.ofMinutes(1))
                .build();
        CompletableFuture<MessageDetailRecord> call = client.getMessage("mdr2-0123456789abcdef0123456789abcdef");
        awaitFirstConnection();

        client.close();

        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(FlowrouteTransportException.class)
                .hasMessageContaining("closed while the call waited to be tried again");
        assertThat(server.connections()).as("the retry never went out").isEqualTo(1);
    }

    private void awaitFirstConnection() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.connections() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // the hang-up reaches the client a moment after the server counted the connection
        Thread.sleep(500);
    }
}
