package io.github.camelflowroute.bench;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.client.BenchCodecAccess;
import io.github.camelflowroute.component.flowroute.client.CallbackPayloads;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.MessagesApi;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-operation costs on one thread, no network: each thing the component does per send, per MDR page and per
 * callback, next to the plain way of doing the same. Names are {@code area_who}: {@code component} is the component's
 * code, the others are baselines ({@code byHand} as the raw client writes its JSON, {@code jackson...} as a plain
 * Jackson user or {@code marshal().json()} would).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PerOperationBenchmark {

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).findAndAddModules().build();
    private final ObjectReader rawPage = mapper.readerFor(MdrDrain.RawPage.class);
    private final BenchCodecAccess codec = new BenchCodecAccess();
    private final FlowrouteConfiguration configuration = new FlowrouteConfiguration();
    private byte[] page;
    private final byte[] callback = Payloads.inboundCallback(7);
    private CamelContext context;
    private ProducerTemplate template;
    private Endpoint flowroute;
    private Endpoint direct;
    private Exchange exchange;
    private long n;

    @Setup
    public void setUp() throws Exception {
        StringBuilder sb = new StringBuilder("{\"data\":[");
        for (int i = 0; i < MdrDrain.PAGE; i++) {
            sb.append(i == 0 ? "" : ",").append(Payloads.mdrResource(i));
        }
        sb.append("],\"links\":{\"next\":\"https://api.flowroute.com/v2.1/messages?limit=200&offset=200\","
                + "\"self\":\"https://api.flowroute.com/v2.1/messages?limit=200&offset=0\"}}");
        page = sb.toString().getBytes(StandardCharsets.UTF_8);
        configuration.setFrom(Payloads.FROM);

        context = new DefaultCamelContext();
        FlowrouteComponent component = new FlowrouteComponent();
        context.addComponent("flowroute", component);
        // a client that answers at once: what is left is Camel, the producer and the handler
        FlowrouteClient fake = (FlowrouteClient) Proxy.newProxyInstance(FlowrouteClient.class.getClassLoader(),
                new Class<?>[] { FlowrouteClient.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "sendMessage" ->
                            CompletableFuture.completedFuture(new SendMessageResult(Payloads.SENT_ID, null));
                    case "close" -> null;
                    case "toString" -> "fake";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        context.getRegistry().bind("fake", fake);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:noop").process(e -> e.getMessage().setHeader("id", Payloads.SENT_ID));
            }
        });
        context.start();
        template = context.createProducerTemplate();
        flowroute =
                context.getEndpoint("flowroute:sendMessage?from=" + Payloads.FROM + "&rateLimit=false&client=#fake");
        direct = context.getEndpoint("direct:noop");
        exchange = new DefaultExchange(context);
    }

    @TearDown
    public void tearDown() throws Exception {
        context.close();
    }

    // ---- the request body of one send --------------------------------------------------------------------

    /** The raw client's way: the JSON written by hand. */
    @Benchmark
    public byte[] sendBody_byHand() {
        return Payloads.sendBody(n++);
    }

    /** marshal().json()'s way: a Map through Jackson. */
    @Benchmark
    public byte[] sendBody_jacksonMap() throws IOException {
        long i = n++;
        Map<String, Object> sms = new LinkedHashMap<>();
        sms.put("from", Payloads.FROM);
        sms.put("to", Payloads.to(i));
        sms.put("body", Payloads.text(i));
        sms.put("is_mms", false);
        return mapper.writeValueAsBytes(sms);
    }

    /**
     * The component: text body and CamelFlowrouteTo header read as sendMessage's inputs, checked and normalised, then
     * JSON.
     */
    @Benchmark
    public byte[] sendBody_component() throws IOException {
        long i = n++;
        exchange.getMessage().setBody(Payloads.text(i));
        exchange.getMessage().setHeader(FlowrouteConstants.TO, Payloads.to(i));
        return codec.sendBody(OperationBinding.read(exchange, MessagesApi.SEND_MESSAGE,
                name -> "from".equals(name) ? configuration.getFrom() : null));
    }

    // ---- the answer of one send --------------------------------------------------------------------------

    @Benchmark
    public SendMessageResult sendAnswer_component() throws IOException {
        return codec.sendResult(Payloads.SEND_ANSWER);
    }

    @Benchmark
    public String sendAnswer_jacksonTree() throws IOException {
        return mapper.readTree(Payloads.SEND_ANSWER).path("data").path("id").asText();
    }

    // ---- one page of 200 MDRs ----------------------------------------------------------------------------

    @Benchmark
    public Object mdrPage_component() throws IOException {
        return codec.messages(page);
    }

    @Benchmark
    public Object mdrPage_jacksonRecords() throws IOException {
        return rawPage.readValue(page);
    }

    // ---- one inbound-message callback --------------------------------------------------------------------

    @Benchmark
    public Object callback_component() {
        return CallbackPayloads.inboundMessage(callback);
    }

    @Benchmark
    public Object callback_jacksonMap() throws IOException {
        return mapper.readValue(callback, Map.class);
    }

    // ---- one exchange through a producer, no network -----------------------------------------------------

    /** flowroute:sendMessage with a client that answers at once: Camel, the producer and the handler. */
    @Benchmark
    public Object producer_component() {
        return sendNext(flowroute);
    }

    /** The same exchange into a direct: route with one processor: Camel's own floor. */
    @Benchmark
    public Object producer_directNoop() {
        return sendNext(direct);
    }

    /** The next message's exchange through the endpoint. */
    private Object sendNext(Endpoint endpoint) {
        long i = n++;
        return template.send(endpoint, e -> {
            e.getMessage().setBody(Payloads.text(i));
            e.getMessage().setHeader(FlowrouteConstants.TO, Payloads.to(i));
        });
    }
}
