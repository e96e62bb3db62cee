package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Searches in lists kept in time order (the message records, the call log). */
final class TimeOrder {

    private TimeOrder() {
    }

    /** The position of the first element whose time is not before {@code t}; the size when there is none. */
    static <T> int firstAtOrAfter(List<T> sorted, Function<? super T, Instant> time, Instant t) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (time.apply(sorted.get(mid)).isBefore(t)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
