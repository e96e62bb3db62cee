package io.github.camelflowroute.component.flowroute.internal.polling;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How far the call detail record consumer got: every call before {@code from} was routed; the window
 * {@code [from, to)} is being exported (once chosen, a window keeps its end, so an export made again after a failure
 * holds the same calls in the same order); its first {@code done} calls completed; {@code exportId}, when set, is the
 * export of that window, created at {@code exportedAt}, that a restart resumes rather than creating another.
 *
 * @param from       the start of the current window: everything before it is done
 * @param to         its end (exclusive), or {@code null} while no window is chosen
 * @param done       how many of its calls, from the first, completed
 * @param exportId   the export of the window, or {@code null} when none is pending
 * @param exportedAt when that export was created, or {@code null}
 */
public record CdrWindow(Instant from, Instant to, long done, String exportId, Instant exportedAt) {

    /** No window chosen yet, starting at {@code from}. */
    public static CdrWindow startingAt(Instant from) {
        return new CdrWindow(from, null, 0, null, null);
    }

    /** This position with the window {@code [from, end)} chosen. */
    public CdrWindow until(Instant end) {
        return new CdrWindow(from, end, 0, null, null);
    }

    /** The window being exported by {@code id}, created at {@code at}. */
    public CdrWindow exportedBy(String id, Instant at) {
        return new CdrWindow(from, to, done, id, at);
    }

    /** The window with its export given up (failed or too slow): the next poll exports it again. */
    public CdrWindow withoutExport() {
        return new CdrWindow(from, to, done, null, null);
    }

    /** The window with its first {@code count} calls done. */
    public CdrWindow doneThrough(long count) {
        return new CdrWindow(from, to, count, exportId, exportedAt);
    }

    /** The window finished: the next one starts at its end. */
    public CdrWindow next() {
        return startingAt(to);
    }

    /** The stable id of the window's call at {@code index}: the same whichever export of the window read it. */
    public String recordId(long index) {
        return from + "/" + to + "#" + index;
    }

    /** The stored form: {@code from|to|done|exportId|exportedAt}, empty fields for what is not set. */
    public String encode() {
        return from + "|" + text(to) + "|" + done + "|" + text(exportId) + "|" + text(exportedAt);
    }

    /** Reads the stored form; {@code null} or blank text (no state yet) gives {@code null}. */
    public static CdrWindow parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] f = text.split("\\|", -1);
        try {
            if (f.length != 5) {
                throw new IllegalArgumentException("5 fields expected");
            }
            return new CdrWindow(Instant.parse(f[0]), f[1].isEmpty() ? null : Instant.parse(f[1]), Long.parseLong(f[2]),
                    f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? null : Instant.parse(f[4]));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored CDR position is not readable: " + text, e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
