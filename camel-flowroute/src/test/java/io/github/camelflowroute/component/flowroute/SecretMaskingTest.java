package io.github.camelflowroute.component.flowroute;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret key never shows: not in endpoint URIs Camel displays, toString, exception text, nor logs (the
 * component's at TRACE, Camel's at DEBUG).
 */
class SecretMaskingTest extends FlowrouteTestSupport {

    private static final String WRONG_SECRET = "Wr0ng-Secr3t-Value";
    private final StringWriter logs = new StringWriter();
    private final Map<String, Level> restore = new HashMap<>();
    private WriterAppender appender;

    @BeforeEach
    void captureLogsAtTrace() {
        LoggerContext ctx = LoggerContext.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secret-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        // our own code at every level; Camel core at DEBUG, since its TRACE lines echo raw endpoint URIs as written
        capture(config, "io.github.camelflowroute", Level.TRACE);
        capture(config, "org.apache.camel", Level.DEBUG);
        ctx.updateLoggers();
    }

    private void capture(Configuration config, String name, Level level) {
        LoggerConfig logger = config.getLoggerConfig(name);
        if (logger.getName().equals(name)) {
            // the test log configuration has this logger: borrow it, and give it back as it was afterwards
            restore.put(name, logger.getLevel());
            logger.setLevel(level);
        } else {
            logger = new LoggerConfig(name, level, true);
            config.addLogger(name, logger);
        }
        logger.addAppender(appender, level, null);
    }

    @AfterEach
    void stopCapture() {
        LoggerContext ctx = LoggerContext.getContext(false);
        Configuration config = ctx.getConfiguration();
        for (String name : new String[] { "io.github.camelflowroute", "org.apache.camel" }) {
            if (restore.containsKey(name)) {
                config.getLoggerConfig(name).removeAppender(appender.getName());
                config.getLoggerConfig(name).setLevel(restore.get(name));
            } else {
                config.removeLogger(name);
            }
        }
        ctx.updateLoggers();
        appender.stop();
    }

    @Test
    void endpointUriShownByCamelMasksTheSecret() {
        Endpoint endpoint = context.getEndpoint("flowroute:listRoutes?accessKey=ak&secretKey=" + WRONG_SECRET);

        assertThat(endpoint.toString()).doesNotContain(WRONG_SECRET);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(WRONG_SECRET);
        assertThat(context.getEndpoints().toString()).doesNotContain(WRONG_SECRET);
    }

    @Test
    void configurationToStringMasksBothKeys() {
        FlowrouteConfiguration conf = new FlowrouteConfiguration();
        conf.setAccessKey("my-access-key");
        conf.setSecretKey(WRONG_SECRET);

        assertThat(conf.toString()).doesNotContain(WRONG_SECRET).doesNotContain("my-access-key");
    }

    @Test
    void failedCallLeavesTheSecretOutOfExceptionAndLogs() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199&secretKey=RAW("
                + WRONG_SECRET + ")",
                e -> e.getMessage().setBody("hello"));

        assertThat(out.getException()).isNotNull();
        assertNowhere(out.getException().toString());
        assertNowhere(String.valueOf(out.getException().getCause()));
        assertNowhere(logs.toString());
        assertThat(logs.toString()).contains("io.github.camelflowroute");
    }

    @Test
    void successfulCallLeavesTheSecretOutOfLogs() {
        String secret = simulator().secretKey();
        Exchange out = template.send("flowroute:listNumbers", new DefaultExchange(context));

        assertThat(out.getException()).isNull();
        assertThat(logs.toString()).isNotEmpty().doesNotContain(secret).doesNotContain(basic(secret));
    }

    private void assertNowhere(String text) {
        assertThat(text).doesNotContain(WRONG_SECRET).doesNotContain(basic(WRONG_SECRET));
    }

    private static String basic(String secret) {
        // what the Authorization header would carry; the access key is the simulator's
        return Base64.getEncoder().encodeToString((simulator().accessKey() + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }
}
