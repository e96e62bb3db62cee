package io.github.camelflowroute.component.flowroute.client;

import java.util.function.Function;

/**
 * How a list operation can be followed by a polling consumer: by a watermark over dated records
 * ({@link Kind#RECORDS}), or by diffing the whole listing ({@link Kind#INVENTORY}).
 *
 * @param kind      how the consumer follows the list
 * @param keyInput  the input (and so header) that names each record: the record's key is set there
 * @param key       the record's key
 * @param removed   the body of a REMOVED change: a record holding only its key
 * @param addedOnly whether only additions are reported (the numbers for sale: a sold number is no news)
 * @param <T>       the record type
 */
public record Polling<T>(Kind kind, String keyInput, Function<T, String> key, Function<String, T> removed,
        boolean addedOnly) {

    /** How a consumer follows a list. */
    public enum Kind {
        /** Dated records read after a watermark, each routed once (message detail records). */
        RECORDS,
        /** A listing diffed against the previous one: added, changed and removed records. */
        INVENTORY
    }

    static <T> Polling<T> records(String keyInput, Function<T, String> key) {
        return new Polling<>(Kind.RECORDS, keyInput, key, null, false);
    }

    static <T> Polling<T> inventory(String keyInput, Function<T, String> key, Function<String, T> removed) {
        return new Polling<>(Kind.INVENTORY, keyInput, key, removed, false);
    }

    static <T> Polling<T> additions(String keyInput, Function<T, String> key, Function<String, T> removed) {
        return new Polling<>(Kind.INVENTORY, keyInput, key, removed, true);
    }
}
