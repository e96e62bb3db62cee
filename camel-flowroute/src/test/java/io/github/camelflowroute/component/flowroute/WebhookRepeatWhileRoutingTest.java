package io.github.camelflowroute.component.flowroute;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.AsyncProcessorSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flowroute posts a callback again when the first post's answer is late, so a repeat can arrive while the first is
 * still being routed. That first routing may still fail: the repeat must not be answered 200, or the message is lost.
 */
class WebhookRepeatWhileRoutingTest extends WebhookTestSupport {

    private static final String BODY = """
            {"data":{"type":"message","id":"mdr2-00112233445566778899aabbccddeeff","attributes":{
            "direction":"inbound","from":"12065550142","to":"12064331866","body":"hi","is_mms":false}}}""";

    /** Completes the first routing: {@code true} fails it. Later routings pass at once. */
    private final CompletableFuture<Boolean> firstFails = new CompletableFuture<>();
    private final CountDownLatch firstArrived = new CountDownLatch(1);

    @Test
    void repeatWhileTheFirstPostIsRoutedIsAnswered409AndTheFirstFailureIsNotLost() throws Exception {
        routeHoldingTheFirstPost();
        MockEndpoint out = getMockEndpoint("mock:out");
        CompletableFuture<HttpResponse<String>> first = postAsync();
        assertThat(firstArrived.await(10, TimeUnit.SECONDS)).as("first post in the route").isTrue();

        int repeat = post("", BODY);
        firstFails.complete(true);

        assertThat(repeat).isEqualTo(409);
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
        assertThat(post("", BODY)).as("Flowroute's next attempt").isEqualTo(200);
        assertThat(out.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void repeatAfterTheFirstPostWasRoutedIsAnswered200AndNotRoutedAgain() throws Exception {
        routeHoldingTheFirstPost();
        MockEndpoint out = getMockEndpoint("mock:out");
        CompletableFuture<HttpResponse<String>> first = postAsync();
        assertThat(firstArrived.await(10, TimeUnit.SECONDS)).as("first post in the route").isTrue();
        firstFails.complete(false);
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        assertThat(post("", BODY)).isEqualTo(200);
        assertThat(out.getReceivedCounter()).isEqualTo(1);
    }

    private void routeHoldingTheFirstPost() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("inboundMessages", "webhookAllowUnauthenticated=true"))
                        .routeId("webhook")
                        .process(new HoldFirst())
                        .to("mock:out");
            }
        });
    }

    private CompletableFuture<HttpResponse<String>> postAsync() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(EXTERNAL + "/hook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Holds the first exchange, without a thread, until the test decides how it ends. */
    private final class HoldFirst extends AsyncProcessorSupport {
        private boolean held;

        @Override
        public synchronized boolean process(Exchange exchange, AsyncCallback callback) {
            if (held) {
                callback.done(true);
                return true;
            }
            held = true;
            firstArrived.countDown();
            firstFails.thenAccept(fails -> {
                if (fails) {
                    exchange.setException(new IllegalStateException("downstream refused"));
                }
                callback.done(false);
            });
            return false;
        }
    }
}
