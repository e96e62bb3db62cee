package io.github.camelflowroute.component.flowroute;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Run in a JVM of small heap by {@link CdrDownloadTest}: downloads a CDR export through the URI contract, splits it
 * with streaming, checks that the calls come in order, and prints {@code ROWS <n>}.
 */
public final class CdrDownloadMain {

    private CdrDownloadMain() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        AtomicLong rows = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        try (CamelContext context = new DefaultCamelContext()) {
            FlowrouteComponent component = new FlowrouteComponent();
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setAccessKey("memory-test");
            component.getConfiguration().setSecretKey("memory-test-secret");
            context.addComponent("flowroute", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:download").to("flowroute:downloadCdrExport?cdrExportId=7")
                            .split(body()).streaming()
                            .process(e -> {
                                CallDetailRecord call = e.getMessage().getBody(CallDetailRecord.class);
                                long n = rows.getAndIncrement();
                                if (!call.startTime().equals(CdrFileServer.FIRST_CALL.plusSeconds(n))) {
                                    outOfOrder.incrementAndGet();
                                }
                            });
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:download", null);
        }
        System.out.println("ROWS " + rows.get() + " OUT_OF_ORDER " + outOfOrder.get());
    }
}
