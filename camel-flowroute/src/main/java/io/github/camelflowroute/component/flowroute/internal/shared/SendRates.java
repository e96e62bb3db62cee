package io.github.camelflowroute.component.flowroute.internal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;

/**
 * The send rates each access key is limited to, per rate limiter, as the started producers of one component set
 * them. Flowroute has one limit per key and kind, so producers that send with one key through one limiter must agree
 * on {@code smsPerSecond} and {@code mmsPerSecond}; otherwise the limiter would follow whichever producer asked last.
 * A producer that disagrees with those already started does not start. How long a send may wait for its turn
 * ({@code rateLimitMaxWait}) is each producer's own and is not compared.
 */
public final class SendRates {

    private final Map<Key, Entry> rates = new HashMap<>();

    /**
     * Records a producer's rates for its key and limiter.
     *
     * @param limiter   the limiter the producer sends through (compared by identity)
     * @param accessKey the key it sends with
     * @param endpoint  how to name the producer in an error
     * @throws FlowrouteValidationException naming the option that differs from the producers already started
     */
    public synchronized void register(Object limiter, String accessKey, int smsPerSecond, int mmsPerSecond,
            String endpoint) {
        Key key = new Key(limiter, accessKey);
        Entry entry = rates.get(key);
        if (entry == null) {
            rates.put(key, new Entry(smsPerSecond, mmsPerSecond, endpoint));
            return;
        }
        if (entry.smsPerSecond != smsPerSecond) {
            throw conflict("smsPerSecond", smsPerSecond, entry.smsPerSecond, endpoint, entry.firstEndpoint);
        }
        if (entry.mmsPerSecond != mmsPerSecond) {
            throw conflict("mmsPerSecond", mmsPerSecond, entry.mmsPerSecond, endpoint, entry.firstEndpoint);
        }
        entry.users++;
    }

    /** A producer registered with these arguments stopped; the rates are free again when the last one stopped. */
    public synchronized void release(Object limiter, String accessKey) {
        Key key = new Key(limiter, accessKey);
        Entry entry = rates.get(key);
        if (entry != null && --entry.users <= 0) {
            rates.remove(key);
        }
    }

    private static FlowrouteValidationException conflict(
            String option, int wanted, int inForce, String endpoint, String firstEndpoint) {
        return new FlowrouteValidationException(option, endpoint + " sends at " + option + "=" + wanted + " but "
                + firstEndpoint + " sends with the same access key and rate"
                + " limiter at " + inForce + ": Flowroute has one limit per"
                + " key; set the same " + option + " on both (on the"
                + " component, for every endpoint)");
    }

    private static final class Entry {
        final int smsPerSecond;
        final int mmsPerSecond;
        final String firstEndpoint;
        int users = 1;

        Entry(int smsPerSecond, int mmsPerSecond, String firstEndpoint) {
            this.smsPerSecond = smsPerSecond;
            this.mmsPerSecond = mmsPerSecond;
            this.firstEndpoint = firstEndpoint;
        }
    }

    /** The limiter by identity: one may define an equality of its own. */
    private record Key(Object limiter, String accessKey) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.limiter == limiter && Objects.equals(k.accessKey, accessKey);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(limiter) + Objects.hashCode(accessKey);
        }
    }
}
