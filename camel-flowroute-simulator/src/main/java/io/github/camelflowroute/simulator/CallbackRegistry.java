package io.github.camelflowroute.simulator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The callback URLs registered on the simulated account: per account and per number, by
 * {@link CallbackType}. A per-number URL wins over the account's ({@link #resolve}). Changed by the
 * callback endpoints of the API and by these methods alike; emptied by {@link SimulatorState#reset()}.
 * Thread-safe; maps returned are immutable snapshots.
 *
 * <p>URLs must be absolute {@code http} or {@code https} URLs. The live API wants https; the simulator
 * also takes plain http so that a test can register a receiver on the loopback interface.
 */
public final class CallbackRegistry {

    private final Map<CallbackType, String> account = new EnumMap<>(CallbackType.class);
    private final Map<String, Map<CallbackType, String>> numbers = new TreeMap<>();

    CallbackRegistry() {
    }

    /**
     * Registers the account's URL for a type, replacing any.
     *
     * @throws IllegalArgumentException unless {@code url} is an absolute http(s) URL
     */
    public synchronized void setAccount(CallbackType type, String url) {
        account.put(Objects.requireNonNull(type, "type"), checkUrl(url));
    }

    /** Removes the account's URL for a type; {@code false} when there was none. */
    public synchronized boolean removeAccount(CallbackType type) {
        return account.remove(type) != null;
    }

    /** The account's URL for a type. */
    public synchronized Optional<String> account(CallbackType type) {
        return Optional.ofNullable(account.get(type));
    }

    /** The account's URLs by type. */
    public synchronized Map<CallbackType, String> account() {
        return Collections.unmodifiableMap(new EnumMap<>(account));
    }

    /**
     * Registers a number's URL for a type, replacing any. The number need not be on the account here (the
     * API's endpoint checks that); removing a number from the account drops its registrations.
     *
     * @param number 11 digits starting with 1
     * @throws IllegalArgumentException for a malformed number or URL
     */
    public synchronized void setNumber(String number, CallbackType type, String url) {
        if (!PhoneNumbers.isE164Nanp(number)) {
            throw new IllegalArgumentException("number must be 11 digits starting with 1: " + number);
        }
        Objects.requireNonNull(type, "type");
        String checked = checkUrl(url);
        numbers.computeIfAbsent(number, n -> new EnumMap<>(CallbackType.class)).put(type, checked);
    }

    /** Removes a number's URL for a type; {@code false} when there was none. */
    public synchronized boolean removeNumber(String number, CallbackType type) {
        Map<CallbackType, String> urls = numbers.get(number);
        if (urls == null || urls.remove(type) == null) {
            return false;
        }
        if (urls.isEmpty()) {
            numbers.remove(number);
        }
        return true;
    }

    /** A number's own URL for a type. */
    public synchronized Optional<String> number(String number, CallbackType type) {
        Map<CallbackType, String> urls = numbers.get(number);
        return Optional.ofNullable(urls == null ? null : urls.get(type));
    }

    /** Every number's URLs by type, ordered by number. */
    public synchronized Map<String, Map<CallbackType, String>> numbers() {
        Map<String, Map<CallbackType, String>> copy = new LinkedHashMap<>();
        numbers.forEach((n, urls) -> copy.put(n, Collections.unmodifiableMap(new EnumMap<>(urls))));
        return Collections.unmodifiableMap(copy);
    }

    /** Where a callback of this type about this account number goes: the number's URL, else the account's. */
    public synchronized Optional<String> resolve(String number, CallbackType type) {
        Optional<String> own = number(number, type);
        return own.isPresent() ? own : account(type);
    }

    /** Drops every registration of a number (it left the account). */
    synchronized void forgetNumber(String number) {
        numbers.remove(number);
    }

    synchronized void clear() {
        account.clear();
        numbers.clear();
    }

    private static String checkUrl(String url) {
        if (!PhoneNumbers.isHttpUrl(url)) {
            throw new IllegalArgumentException("callback URL must be an absolute http(s) URL: " + url);
        }
        return url;
    }
}
