package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's CNAM records and which number shows which. A new record is pending; the review approves it
 * {@link #approvalDelay()} after creation (Flowroute: up to 48 hours; here a setting, 5 s unless
 * configured), unless {@link #approve}/{@link #reject} decided first. Thread-safe. Seeded with two
 * approved records of the live samples ({@code cnams-list.json}).
 */
public final class CnamRecords {

    /** Approval delay unless the builder sets another. */
    public static final Duration DEFAULT_APPROVAL_DELAY = Duration.ofSeconds(5);
    private static final long FIRST_NEW_ID = 23_454L;

    private final Clock clock;
    private final Map<String, SimCnamRecord> records = new LinkedHashMap<>();
    /** When each pending record is approved by the review. */
    private final Map<String, Instant> approvalDue = new LinkedHashMap<>();
    /** number → record id. */
    private final NumberAssignments assignments = new NumberAssignments();
    private Duration defaultDelay = DEFAULT_APPROVAL_DELAY;
    private Duration approvalDelay = DEFAULT_APPROVAL_DELAY;
    private long nextId;

    CnamRecords(Clock clock) {
        this.clock = clock;
        reset();
    }

    /** Seed records back, no assignments, the approval delay back to the configured default. */
    synchronized void reset() {
        records.clear();
        approvalDue.clear();
        assignments.clear();
        nextId = FIRST_NEW_ID;
        approvalDelay = defaultDelay;
        records.put("17604", new SimCnamRecord("17604", "TEST, MARIA", null, null, "", true));
        records.put("22671", new SimCnamRecord("22671", "REGENCE INC", Instant.parse("2018-04-12T19:08:39.062539Z"),
                Instant.parse("2018-04-16T16:20:32.939166Z"), null, true));
    }

    /** Sets the delay {@link #reset()} returns to (the builder's setting). */
    synchronized void configureDefaultDelay(Duration delay) {
        this.defaultDelay = requireDelay(delay);
        this.approvalDelay = defaultDelay;
    }

    /** Time from creation to approval for records created from now on. */
    public synchronized Duration approvalDelay() {
        return approvalDelay;
    }

    /**
     * Changes the approval delay of records created from now on (until {@link FlowrouteSimulator#reset()}).
     *
     * @param delay zero or positive; zero approves at creation
     */
    public synchronized void approvalDelay(Duration delay) {
        this.approvalDelay = requireDelay(delay);
    }

    private static Duration requireDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("approval delay must be zero or positive: " + delay);
        }
        return delay;
    }

    /** Every record, oldest first, as reviewed by now. */
    public synchronized List<SimCnamRecord> list() {
        review();
        return List.copyOf(records.values());
    }

    /** The record with this id, as reviewed by now. */
    public synchronized Optional<SimCnamRecord> find(String id) {
        review();
        return Optional.ofNullable(records.get(id));
    }

    /** Whether a record has this value (case-insensitive). */
    synchronized boolean hasValue(String value) {
        return records.values().stream().anyMatch(r -> r.value().equalsIgnoreCase(value));
    }

    /** Stores a pending record with the next id, approved after {@link #approvalDelay()}. */
    public synchronized SimCnamRecord create(String value) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SimCnamRecord record = new SimCnamRecord(Long.toString(nextId++), Objects.requireNonNull(value, "value"),
                now, null, null, false);
        records.put(record.id(), record);
        approvalDue.put(record.id(), now.plus(approvalDelay));
        review();
        return records.get(record.id());
    }

    /**
     * The review approves a record now.
     *
     * @throws IllegalArgumentException when there is no such record
     */
    public synchronized SimCnamRecord approve(String id) {
        SimCnamRecord r = existing(id);
        approvalDue.remove(id);
        SimCnamRecord approved = new SimCnamRecord(id, r.value(), r.createdAt(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null, true);
        records.put(id, approved);
        return approved;
    }

    /**
     * The review rejects a record (say for profanity or a misleading name); it is unassigned from numbers.
     *
     * @throws IllegalArgumentException when there is no such record
     */
    public synchronized SimCnamRecord reject(String id, String reason) {
        SimCnamRecord r = existing(id);
        approvalDue.remove(id);
        SimCnamRecord rejected = new SimCnamRecord(id, r.value(), r.createdAt(), null,
                reason == null || reason.isBlank() ? "Rejected at review." : reason, false);
        records.put(id, rejected);
        assignments.forget(id);
        return rejected;
    }

    private SimCnamRecord existing(String id) {
        SimCnamRecord r = records.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no CNAM record with id " + id);
        }
        return r;
    }

    /** Deletes a record and its assignments; whether it existed. */
    synchronized boolean delete(String id) {
        approvalDue.remove(id);
        assignments.forget(id);
        return records.remove(id) != null;
    }

    /** Assigns a record to a number (replacing any other). */
    synchronized void assign(String number, String id) {
        assignments.assign(number, id);
    }

    /** Removes a number's record; the id it had, if any. */
    synchronized Optional<String> unassign(String number) {
        return assignments.unassign(number);
    }

    /** The id of the record a number shows, if any. */
    public synchronized Optional<String> recordOf(String number) {
        return assignments.recordOf(number);
    }

    /** The numbers showing a record, ascending. */
    public synchronized List<String> numbersOf(String id) {
        return assignments.numbersOf(id);
    }

    /** Approves the pending records whose time has come, each as of its due time. */
    private void review() {
        if (approvalDue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        approvalDue.entrySet().removeIf(due -> {
            if (due.getValue().isAfter(now)) {
                return false;
            }
            SimCnamRecord r = records.get(due.getKey());
            if (r != null) {
                records.put(r.id(), new SimCnamRecord(r.id(), r.value(), r.createdAt(), due.getValue(), null, true));
            }
            return true;
        });
    }
}
