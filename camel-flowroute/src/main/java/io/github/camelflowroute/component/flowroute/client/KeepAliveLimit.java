package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.Iterator;

import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.core5.http.HeaderElement;
import org.apache.hc.core5.http.HeaderElements;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.MessageSupport;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * How long an idle pooled connection may be reused: the smaller of a configured maximum and what the server announces
 * in {@code Keep-Alive: timeout=}, less a margin. A server (or proxy) closes an idle connection when its own timeout
 * runs out; a request written just then is lost in an ambiguous way, so the pool must drop the connection first.
 */
final class KeepAliveLimit implements ConnectionKeepAliveStrategy {

    /** Taken off an announced timeout: the server's clock starts before ours, and a request takes time to arrive. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    private final TimeValue maxIdle;

    KeepAliveLimit(Duration maxIdle) {
        this.maxIdle = TimeValue.ofMilliseconds(maxIdle.toMillis());
    }

    @Override
    public TimeValue getKeepAliveDuration(HttpResponse response, HttpContext context) {
        Iterator<HeaderElement> elements = MessageSupport.iterate(response, HeaderElements.KEEP_ALIVE);
        while (elements.hasNext()) {
            // "Keep-Alive: timeout=5, max=100" parses as the elements timeout and max
            HeaderElement element = elements.next();
            if ("timeout".equalsIgnoreCase(element.getName()) && element.getValue() != null) {
                try {
                    long announced = Long.parseLong(element.getValue().trim()) * 1000;
                    return TimeValue.ofMilliseconds(Math.min(maxIdle.toMilliseconds(), shortened(announced)));
                } catch (NumberFormatException ignored) {
                    // an unreadable announcement: keep to our own limit
                }
            }
        }
        return maxIdle;
    }

    /** The announced timeout less the margin, but never less than half of it (timeout=1 gives 500 ms). */
    static long shortened(long announcedMillis) {
        return Math.max(0, Math.max(announcedMillis - MARGIN.toMillis(), announcedMillis / 2));
    }
}
