package io.github.camelflowroute.example;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's two consumers, started by the flow once it has sent its messages:
 * <ul>
 * <li>{@value #MDR_ROUTE}: follows the account's message detail records from the moment the example started, as an
 * archive job would, and prints each one;</li>
 * <li>{@value #NUMBER_SYNC_ROUTE}: keeps a copy of the account's numbers in step, as a CRM sync would: its first poll
 * reports every number ADDED, later ones what changed.</li>
 * </ul>
 */
public class ConsumerRoutes extends RouteBuilder {

    public static final String MDR_ROUTE = "mdr-archive";
    public static final String NUMBER_SYNC_ROUTE = "number-sync";

    private final Instant since;
    private final StepPrinter printer;
    private final Set<String> archived = ConcurrentHashMap.newKeySet();
    private final Set<String> synced = ConcurrentHashMap.newKeySet();

    public ConsumerRoutes(Instant since, StepPrinter printer) {
        this.since = Objects.requireNonNull(since, "since");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public void configure() {
        from("flowroute:listMessages?startDate=" + since + "&delay=200&greedy=true").routeId(MDR_ROUTE)
                .autoStartup(false)
                .process(e -> {
                    MessageDetailRecord mdr = e.getMessage().getBody(MessageDetailRecord.class);
                    archived.add(mdr.id());
                    printer.line(String.format("      archived %s: %s %s from %s, %s", mdr.id(), mdr.direction(),
                            Boolean.TRUE.equals(mdr.isMms()) ? "MMS" : "SMS", mdr.from(), mdr.status()));
                });

        from("flowroute:listNumbers?delay=200").routeId(NUMBER_SYNC_ROUTE).autoStartup(false)
                .process(e -> synced.add(e.getMessage().getHeader(FlowrouteConstants.CHANGE) + " "
                        + e.getMessage().getHeader(FlowrouteConstants.NUMBER)));
    }

    /** The message record ids the archive route has taken in so far. */
    public Set<String> archived() {
        return Set.copyOf(archived);
    }

    /** The changes the number sync has seen so far, as {@code ADDED 12065550100}. */
    public Set<String> synced() {
        return Set.copyOf(synced);
    }
}
