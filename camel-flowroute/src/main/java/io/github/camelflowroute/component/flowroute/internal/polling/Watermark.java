package io.github.camelflowroute.component.flowroute.internal.polling;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How far the message record consumer got: the timestamp of the newest record consumed, and the ids consumed at
 * exactly that timestamp, so that records sharing it are neither repeated (start dates are inclusive) nor lost
 * (one that arrives later with the same timestamp is still taken).
 *
 * @param timestamp      the newest consumed record's timestamp
 * @param idsAtTimestamp the ids consumed with that timestamp
 */
public record Watermark(Instant timestamp, Set<String> idsAtTimestamp) {

    public Watermark {
        idsAtTimestamp = Set.copyOf(idsAtTimestamp);
    }

    /** The watermark of one consumed record. */
    public static Watermark of(Instant recordTime, String id) {
        return new Watermark(recordTime, Set.of(id));
    }

    /** This watermark moved to a consumed record: a newer timestamp starts a new id set. */
    public Watermark advance(Instant recordTime, String id) {
        int cmp = recordTime.compareTo(timestamp);
        if (cmp < 0) {
            return this;
        }
        if (cmp > 0) {
            return of(recordTime, id);
        }
        Set<String> ids = new LinkedHashSet<>(idsAtTimestamp);
        ids.add(id);
        return new Watermark(recordTime, ids);
    }

    /** Whether a record at or before this watermark was consumed already, as far as the watermark can tell. */
    public boolean covers(Instant recordTime, String id) {
        int cmp = recordTime.compareTo(timestamp);
        return cmp < 0 || cmp == 0 && idsAtTimestamp.contains(id);
    }

    /** The stored form: {@code timestamp|id,id}. */
    public String encode() {
        return timestamp + "|" + String.join(",", idsAtTimestamp);
    }

    /** Reads the stored form; {@code null} or blank text (no state yet) gives {@code null}. */
    public static Watermark parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int bar = text.indexOf('|');
        try {
            Instant time = Instant.parse(bar < 0 ? text : text.substring(0, bar));
            String ids = bar < 0 ? "" : text.substring(bar + 1);
            return new Watermark(time, ids.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(ids.split(","))));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The stored watermark is not readable: " + text, e);
        }
    }
}
