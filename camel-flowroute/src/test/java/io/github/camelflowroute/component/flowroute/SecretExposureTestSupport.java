package io.github.camelflowroute.component.flowroute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelflowroute.component.flowroute.management.Masking;
import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.DumpRoutesStrategy;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place Camel shows a running application, read with a polling consumer, a producer and a webhook consumer
 * started and used: JMX (every attribute, the dump operations), health checks (also of a failing poll), dev consoles,
 * route dumps, endpoint and route listings. None may show the secret key, written or Base64-encoded (an
 * Authorization header). Subclasses set the secret on the component or write it into every endpoint URI.
 */
abstract class SecretExposureTestSupport extends WebhookTestSupport {

    /**
     * The views in which Camel core prints endpoint URIs exactly as the routes wrote them: the route source (XML and
     * YAML dumps, the JMX dump operations, the route-dump and route-structure consoles) and raw URI lists (the
     * endpoint and service consoles in JSON). A secret written into a URI therefore shows there; keeping the keys on
     * the component keeps them out (the component variant checks these views like all others).
     */
    static final Pattern ECHOES_URIS_AS_WRITTEN = Pattern.compile(String.join("|",
            "MBean operation dump(Routes?|Processor)(Coverage)?As(Xml|Yaml)\\b.*",
            // processor-detail: a console Camel added after 4.18 (seen with -Dcamel-version=4.22.0)
            "dev console (route-dump|route-structure|processor-detail) .*",
            "dev console (endpoint|service) \\(json\\)",
            "(xml|yaml) route dump.*"));

    /**
     * Consoles that do something rather than show something (Camel after 4.18: heap-dump writes a .hprof of the whole
     * heap into the working directory, jfr-memory-leak starts a flight recording): not views, and not to be called.
     */
    static final Set<String> ACTS_WHEN_CALLED = Set.of("heap-dump", "jfr-memory-leak");

    /** The webhook's token: the component's own views (the flowroute console, the endpoints' counts) never show it. */
    static final String WEBHOOK_TOKEN = "wh-token-7f3c9a51e2d84b06";

    SecretExposureTestSupport() {
        testConfiguration().withJMX(true);
    }

    /** Appended to every flowroute endpoint URI: the credentials, or nothing when they are on the component. */
    abstract String uriCredentials();

    /** Whether the secret is written into the endpoint URIs (so Camel's URI-echoing views show it, as documented). */
    abstract boolean secretInUris();

    /** Called with the component the test support configured for the simulator. */
    abstract void configureComponent(FlowrouteComponent component);

    static String secret() {
        return simulator().secretKey();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        configureComponent(context.getComponent("flowroute", FlowrouteComponent.class));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("flowroute:listMessages?initialDelay=0&delay=50&maxRetries=0&startDate="
                        + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + uriCredentials())
                        .routeId("poller").to("mock:polled");
                from("direct:send").routeId("sender")
                        .to("flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199" + uriCredentials());
                from(webhookUri("inboundMessages", "webhookToken=" + WEBHOOK_TOKEN + uriCredentials()))
                        .routeId("webhook").to("mock:inbound");
            }
        };
    }

    /** One message sent and one polled, so the producer and the consumer have really talked to the API. */
    @BeforeEach
    void sendAndPollOnce() throws Exception {
        MockEndpoint polled = getMockEndpoint("mock:polled");
        polled.expectedMinimumMessageCount(1);
        template.sendBody("direct:send", "secret exposure check");
        polled.assertIsSatisfied();
        assertThat(simulator().state().callbacks().account()).as("the webhook registered").isNotEmpty();
    }

    /** Asserts the view shows no secret; in the URI variant, Camel's URI-echoing views are left out (see above). */
    void assertNoSecret(String view, String text) {
        if (secretInUris() && ECHOES_URIS_AS_WRITTEN.matcher(view).matches()) {
            return;
        }
        SecretForms.assertAbsent(secret(), view, text);
    }

    // ---- JMX ----------------------------------------------------------------------------------------------------

    @Test
    void noMBeanAttributeShowsTheSecret() throws Exception {
        MBeanServer server = mbeanServer();
        StringBuilder all = new StringBuilder();
        for (ObjectName name : camelMBeans(server)) {
            all.append(name).append('\n');
            assertNoSecret("MBean name " + name.getKeyPropertyListString(), name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (attribute.isReadable()) {
                    String value = render(() -> server.getAttribute(name, attribute.getName()));
                    all.append(value).append('\n');
                    assertNoSecret("MBean attribute " + attribute.getName() + " of " + name.getKeyPropertyListString(),
                            value);
                }
            }
        }
        // the flowroute endpoints were among what was read
        assertThat(all).contains("flowroute://listMessages", "flowroute://sendMessage", "flowroute://inboundMessages");
    }

    @Test
    void noDumpOrExplainOperationShowsTheSecret() throws Exception {
        MBeanServer server = mbeanServer();
        int invoked = 0;
        for (ObjectName name : camelMBeans(server)) {
            for (MBeanOperationInfo operation : server.getMBeanInfo(name).getOperations()) {
                if (!isReadingOperation(operation)) {
                    continue;
                }
                String[] signature = Arrays.stream(operation.getSignature()).map(MBeanParameterInfo::getType)
                        .toArray(String[]::new);
                // all options off, then all on (placeholders resolved, URIs as parameters, ...)
                for (boolean flag : new boolean[] { false, true }) {
                    Object[] args = new Object[signature.length];
                    Arrays.fill(args, flag);
                    String value = render(() -> server.invoke(name, operation.getName(), args, signature));
                    assertNoSecret("MBean operation " + operation.getName() + Arrays.toString(args) + " of "
                            + name.getKeyPropertyListString(), value);
                    invoked++;
                }
            }
        }
        assertThat(invoked).isGreaterThan(10);
    }

    /** dump*, explain* and information* operations whose parameters are all flags. */
    private static boolean isReadingOperation(MBeanOperationInfo operation) {
        return operation.getName().matches("(dump|explain|information).*")
                && Arrays.stream(operation.getSignature()).allMatch(p -> "boolean".equals(p.getType()));
    }

    private MBeanServer mbeanServer() {
        assertThat(context.getManagementStrategy().getManagementAgent()).as("JMX enabled").isNotNull();
        return context.getManagementStrategy().getManagementAgent().getMBeanServer();
    }

    private List<ObjectName> camelMBeans(MBeanServer server) throws Exception {
        String domain = context.getManagementStrategy().getManagementAgent().getMBeanObjectDomainName();
        List<ObjectName> names = new ArrayList<>(server.queryNames(new ObjectName(domain + ":*"), null));
        assertThat(names).isNotEmpty();
        return names;
    }

    // ---- health checks --------------------------------------------------------------------------------------------

    @Test
    void noHealthCheckResultShowsTheSecret() {
        Collection<HealthCheck.Result> results = invokeHealthChecks();

        assertThat(results).extracting(r -> r.getCheck().getId()).contains("consumer:poller")
                .anyMatch(id -> id.startsWith("producer:flowroute-"));
        results.forEach(this::assertResultShowsNoSecret);
    }

    @Test
    void aFailingPollsHealthCheckErrorDoesNotShowTheSecret() throws InterruptedException {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2.1/messages").always().respond(401));

        HealthCheck.Result failed = awaitPollerError();

        assertThat(failed.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertResultShowsNoSecret(failed);
        invokeHealthChecks().forEach(this::assertResultShowsNoSecret);
    }

    private Collection<HealthCheck.Result> invokeHealthChecks() {
        // what camel.health.*-enabled do in Camel Main
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        for (String id : List.of("context", "routes", "consumers", "producers")) {
            Object check = registry.resolveById(id);
            if (check != null) {
                registry.register(check);
            }
        }
        // Camel calls no producer check unless camel.health.producersEnabled=true
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        registry.setExposureLevel("full");
        return HealthCheckHelper.invoke(context);
    }

    private HealthCheck.Result awaitPollerError() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Optional<HealthCheck.Result> poller = Optional.empty();
        while (System.nanoTime() < deadline) {
            poller = invokeHealthChecks().stream().filter(r -> r.getCheck().getId().equals("consumer:poller"))
                    .findFirst();
            if (poller.isPresent() && poller.get().getError().isPresent()) {
                return poller.get();
            }
            Thread.sleep(50);
        }
        assertThat(poller).as("the poller's health check result").isPresent();
        assertThat(poller.get().getError()).as("the failed poll's error in the poller's health check").isPresent();
        return poller.get();
    }

    private void assertResultShowsNoSecret(HealthCheck.Result result) {
        String view = "health check " + result.getCheck().getId();
        assertNoSecret(view + " message", result.getMessage().orElse(""));
        for (Map.Entry<String, Object> detail : result.getDetails().entrySet()) {
            assertNoSecret(view + " detail " + detail.getKey(), String.valueOf(detail.getValue()));
        }
        for (Throwable t = result.getError().orElse(null); t != null; t = t.getCause()) {
            assertNoSecret(view + " error", t.toString());
        }
    }

    // ---- dev consoles ---------------------------------------------------------------------------------------------

    @Test
    void noDevConsoleShowsTheSecretAsText() {
        List<DevConsole> consoles = devConsoles();
        for (DevConsole console : consoles) {
            if (console.supportMediaType(DevConsole.MediaType.TEXT)) {
                assertNoSecret("dev console " + console.getId() + " (text)",
                        callConsole(console, DevConsole.MediaType.TEXT));
            }
        }
        assertThat(consoles).extracting(DevConsole::getId).contains("endpoint", "route", "route-dump", "properties");
    }

    @Test
    void noDevConsoleShowsTheSecretAsJson() {
        for (DevConsole console : devConsoles()) {
            if (console.supportMediaType(DevConsole.MediaType.JSON)) {
                assertNoSecret("dev console " + console.getId() + " (json)",
                        callConsole(console, DevConsole.MediaType.JSON));
            }
        }
    }

    @Test
    void theEndpointConsoleListsTheFlowrouteEndpointsWithoutTheSecret() {
        DevConsole endpoints = devConsole("endpoint");

        for (DevConsole.MediaType type : DevConsole.MediaType.values()) {
            String shown = callConsole(endpoints, type);
            assertThat(shown).contains("listMessages", "sendMessage", "inboundMessages");
            assertNoSecret("dev console endpoint (" + type.name().toLowerCase() + ")", shown);
        }
    }

    @Test
    void theRouteConsoleShowsTheRoutesWithoutTheSecret() {
        DevConsole routes = devConsole("route");

        for (DevConsole.MediaType type : DevConsole.MediaType.values()) {
            String shown = callConsole(routes, type);
            assertThat(shown).contains("poller", "sender", "webhook");
            assertNoSecret("dev console route (" + type.name().toLowerCase() + ")", shown);
        }
    }

    private List<DevConsole> devConsoles() {
        DevConsoleRegistry registry = DevConsoleRegistry.get(context);
        assertThat(registry).as("dev console registry").isNotNull();
        registry.loadDevConsoles(true);
        return registry.stream().filter(c -> !ACTS_WHEN_CALLED.contains(c.getId())).toList();
    }

    DevConsole devConsole(String id) {
        DevConsole console = DevConsoleRegistry.get(context).resolveById(id);
        assertThat(console).as("dev console " + id).isNotNull();
        return console;
    }

    static String callConsole(DevConsole console, DevConsole.MediaType type) {
        return render(() -> {
            Object out = console.call(type, Map.of());
            return out instanceof JsonObject json ? json.toJson() : out;
        });
    }

    // ---- the component's own views: the flowroute console and the endpoints' counts in JMX ----------------------

    @Test
    @SuppressWarnings("unchecked")
    void theFlowrouteConsoleShowsClientsLimitersCountsPositionsAndWebhooks() throws InterruptedException {
        JsonObject component = flowrouteConsoleComponent();

        JsonObject client = (JsonObject) ((JsonArray) component.get("clients")).get(0);
        assertThat(client.getString("baseUrl")).isEqualTo(simulator().baseUrl());
        assertThat(client.getString("accessKey")).startsWith(Masking.MASK).isNotEqualTo(simulator().accessKey());
        JsonObject limiter = (JsonObject) ((JsonArray) component.get("rateLimiters")).get(0);
        assertThat(limiter).containsKeys("type", "refused", "delayed", "delayedMillis");
        assertThat((List<Object>) limiter.get("endpoints")).as("the endpoints that send")
                .containsExactly("flowroute:sendMessage");
        JsonObject operations = (JsonObject) component.get("operations");
        assertThat(((JsonObject) operations.get("sendMessage")).getLong("succeeded")).isEqualTo(1L);
        assertThat(((JsonObject) operations.get("listMessages")).getLong("calls")).isPositive();
        JsonObject consumer = (JsonObject) ((JsonArray) component.get("consumers")).get(0);
        assertThat(consumer.getString("routeId")).isEqualTo("poller");
        assertThat(consumer.getString("positionKey")).isNotBlank();
        JsonObject webhook = (JsonObject) ((JsonArray) component.get("webhooks")).get(0);
        assertThat(webhook.getString("endpoint")).isEqualTo("flowroute:inboundMessages");
        assertThat(webhook.getString("callbackUrl")).isEqualTo(EXTERNAL + "/hook?token=" + Masking.MASK);
        String text = callConsole(devConsole("flowroute"), DevConsole.MediaType.TEXT);
        assertThat(text).contains("Clients:", "Rate limiters:", "Operations:", "sendMessage", "Consumers:", "poller",
                "Webhooks:", "token=" + Masking.MASK);
    }

    @Test
    void theFlowrouteConsoleShowsNeitherKeyNorTheWebhookToken() {
        for (DevConsole.MediaType type : DevConsole.MediaType.values()) {
            String shown = callConsole(devConsole("flowroute"), type);
            String view = "dev console flowroute (" + type.name().toLowerCase() + ")";
            SecretForms.assertAbsent(secret(), view, shown);
            SecretForms.assertAbsent(simulator().accessKey(), view + ", the access key", shown);
            SecretForms.assertAbsent(WEBHOOK_TOKEN, view + ", the webhook token", shown);
        }
    }

    @Test
    void theFlowrouteEndpointsCountsInJmxShowNeitherKeyNorTheWebhookToken() throws Exception {
        MBeanServer server = mbeanServer();
        int read = 0;
        for (ObjectName name : camelMBeans(server)) {
            if (!"endpoints".equals(name.getKeyProperty("type"))
                    || !name.getKeyProperty("name").replace("\"", "").startsWith("flowroute:")) {
                continue;
            }
            // the attributes and operations FlowrouteEndpoint adds to Camel's endpoint MBean
            for (java.lang.reflect.Method member : FlowrouteEndpoint.class.getDeclaredMethods()) {
                String shown;
                if (member.isAnnotationPresent(ManagedAttribute.class)) {
                    shown = render(() -> server.getAttribute(name, member.getName().replaceFirst("^(get|is)", "")));
                } else if (member.isAnnotationPresent(ManagedOperation.class)) {
                    shown = render(() -> server.invoke(name, member.getName(), new Object[0], new String[0]));
                } else {
                    continue;
                }
                String view =
                        "MBean " + member.getName() + " of " + name.getKeyProperty("name").replaceAll("\\?.*", "");
                // the text itself stays out of the failure message: it would put what it shows in the test report
                assertThat(shown.contains("Exception")).as("%s could not be read", view).isFalse();
                SecretForms.assertAbsent(secret(), view, shown);
                SecretForms.assertAbsent(simulator().accessKey(), view + ", the access key", shown);
                SecretForms.assertAbsent(WEBHOOK_TOKEN, view + ", the webhook token", shown);
                read++;
            }
        }
        assertThat(read).as("the flowroute endpoints' own attributes read").isGreaterThan(10);
    }

    /** The flowroute console's JSON of the one component, once the poller stored a position. */
    private JsonObject flowrouteConsoleComponent() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonObject component;
        do {
            JsonObject json = (JsonObject) devConsole("flowroute").call(DevConsole.MediaType.JSON, Map.of());
            JsonArray components = (JsonArray) json.get("components");
            assertThat(components).hasSize(1);
            component = (JsonObject) components.get(0);
            JsonArray consumers = (JsonArray) component.get("consumers");
            if (!consumers.isEmpty() && ((JsonObject) consumers.get(0)).get("position") != null) {
                return component;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the poller stored no position within 10 s: " + component.toJson());
    }

    // ---- route dumps and listings ---------------------------------------------------------------------------------

    @Test
    void endpointsRoutesAndConsumersAsCamelListsThemDoNotShowTheSecret() {
        List<String> shown = new ArrayList<>();
        shown.add(context.getEndpoints().toString());
        shown.add(context.getEndpointRegistry().toString());
        for (Route route : context.getRoutes()) {
            shown.add(route.toString());
            shown.add(route.getEndpoint().toString());
            shown.add(String.valueOf(route.getConsumer()));
            shown.add(String.valueOf(context.getRouteController().getRouteStatus(route.getRouteId())));
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint instanceof FlowrouteEndpoint flowroute) {
                shown.add(flowroute.getConfiguration().toString());
                shown.add(String.valueOf(flowroute.getClient()));
            }
        }

        assertThat(String.join("\n", shown)).contains("flowroute://listMessages");
        for (String text : shown) {
            assertNoSecret("Camel's endpoint and route listings", text);
        }
    }

    /** The routes as Camel's DumpRoutesStrategy writes them to files, in the format and form given. */
    String dumpRoutes(Path dir, String format, boolean uriAsParameters) throws Exception {
        DumpRoutesStrategy dumper = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
        assertThat(dumper).isNotNull();
        dumper.setLog(false);
        dumper.setUriAsParameters(uriAsParameters);
        Path out = Files.createDirectories(dir.resolve(format + "-" + uriAsParameters));
        dumper.setOutput(out.toString());
        dumper.dumpRoutes(format);

        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        assertThat(all).contains("listMessages", "sendMessage", "inboundMessages");
        return all.toString();
    }

    /** A value as text; a failure to read it counts as its text too, since exception messages are shown as well. */
    static String render(ThrowingSupplier read) {
        Object value;
        try {
            value = read.get();
        } catch (Exception e) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t).append('\n');
            }
            return text.toString();
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        return String.valueOf(value);
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
