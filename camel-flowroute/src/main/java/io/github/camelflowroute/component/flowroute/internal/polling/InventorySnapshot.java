package io.github.camelflowroute.component.flowroute.internal.polling;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an inventory consumer last delivered: each record's key (a number, a route id) and a fingerprint of its
 * content. Changes are found by comparing a fresh listing with it; it is stored as {@code key=fingerprint;...}.
 */
public final class InventorySnapshot {

    private final Map<String, String> fingerprints;

    private InventorySnapshot(Map<String, String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    public static InventorySnapshot empty() {
        return new InventorySnapshot(new LinkedHashMap<>());
    }

    /** Reads the stored form; {@code null} or blank text gives an empty snapshot. */
    public static InventorySnapshot parse(String text) {
        InventorySnapshot snapshot = empty();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(";")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    snapshot.fingerprints.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        }
        return snapshot;
    }

    public synchronized String fingerprint(String key) {
        return fingerprints.get(key);
    }

    public synchronized Map<String, String> entries() {
        return Map.copyOf(fingerprints);
    }

    public synchronized void put(String key, String fingerprint) {
        fingerprints.put(key, fingerprint);
    }

    public synchronized void remove(String key) {
        fingerprints.remove(key);
    }

    public synchronized String encode() {
        StringBuilder out = new StringBuilder(fingerprints.size() * 32);
        fingerprints.forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return out.toString();
    }

    /** A 64-bit FNV-1a hash of the text, in hex: enough to tell a changed record from an unchanged one. */
    public static String fingerprintOf(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
