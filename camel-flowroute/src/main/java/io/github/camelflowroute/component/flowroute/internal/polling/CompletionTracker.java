package io.github.camelflowroute.component.flowroute.internal.polling;

import java.util.function.IntConsumer;

/**
 * Tracks which exchanges of one poll completed, in emission order, and reports how far the run of completed
 * exchanges from the first one reaches. A failed exchange stops that run: what follows it may complete, but the
 * consumer's position must not pass the failure, so that the failed record is read again.
 */
public final class CompletionTracker {

    private final boolean[] done;
    private int prefix;
    private final IntConsumer onPrefixAdvanced;

    /**
     * @param size             the exchanges of the poll
     * @param onPrefixAdvanced called with the index of the last exchange of the completed run, whenever it grows
     */
    public CompletionTracker(int size, IntConsumer onPrefixAdvanced) {
        this.done = new boolean[size];
        this.onPrefixAdvanced = onPrefixAdvanced;
    }

    public synchronized void completed(int index) {
        done[index] = true;
        int before = prefix;
        while (prefix < done.length && done[prefix]) {
            prefix++;
        }
        if (prefix > before) {
            onPrefixAdvanced.accept(prefix - 1);
        }
    }
}
