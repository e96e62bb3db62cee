package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.internal.webhook.WebhookAuthentication;
import io.github.camelflowroute.simulator.CallbackType;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks are authenticated by default: without webhookToken or webhookAllowedSources a webhook endpoint does not
 * start (nothing served, nothing registered with Flowroute) unless webhookAllowUnauthenticated=true, logged at WARN.
 */
class WebhookAuthenticationTest extends WebhookTestSupport {

    @Test
    void withoutTokenOrAllowedSourcesTheWebhookRefusesToStartAndSaysHowToSetOne() {
        assertThatThrownBy(() -> webhook("inboundMessages", "webhookAllowUnauthenticated=false"))
                .hasRootCauseInstanceOf(FlowrouteValidationException.class)
                .rootCause().hasMessageContaining("webhookToken").hasMessageContaining("webhookAllowedSources")
                .hasMessageContaining("webhookAllowUnauthenticated=true");

        assertThat(simulator().state().callbacks().account()).as("nothing registered with Flowroute").isEmpty();
    }

    @Test
    void theDeliveryReceiptsWebhookRefusesToStartToo() {
        assertThatThrownBy(() -> webhook("deliveryReceipts", "webhookAllowUnauthenticated=false"))
                .hasRootCauseInstanceOf(FlowrouteValidationException.class)
                .rootCause().hasMessageContaining("webhook:flowroute:deliveryReceipts");
    }

    @Test
    void aTokenIsEnough() throws Exception {
        webhook("inboundMessages", "webhookToken=shared-by-every-node");

        assertThat(simulator().state().callbacks().account(CallbackType.SMS))
                .hasValueSatisfying(url -> assertThat(url).contains("token=shared-by-every-node"));
    }

    @Test
    void allowedSourcesAreEnough() throws Exception {
        webhook("inboundMessages", "webhookAllowedSources=127.0.0.1");

        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).isPresent();
    }

    @Test
    void theOptOutStartsTheWebhookAndWarns() throws Exception {
        List<LogEvent> warnings = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) LogManager.getLogger(WebhookAuthentication.class);
        AbstractAppender appender = new AbstractAppender("webhook-auth-test", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                warnings.add(event.toImmutable());
            }
        };
        appender.start();
        logger.addAppender(appender);
        try {
            webhook("inboundMessages", "webhookAllowUnauthenticated=true");
        } finally {
            logger.removeAppender(appender);
        }

        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).isPresent();
        assertThat(warnings).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getMessage().getFormattedMessage()).contains("webhook:flowroute:inboundMessages")
                    .contains("unauthenticated");
        });
    }
}
