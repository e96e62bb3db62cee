package io.github.camelflowroute.example;

import java.util.List;

/**
 * How a run of the example went.
 *
 * @param succeeded      whether every step completed (skipped steps count as completed)
 * @param failedStep     the step that failed, 0 when none did
 * @param error          what went wrong, or {@code null}
 * @param number         the number the flow worked with: the one bought, or an existing one
 * @param purchased      whether the example bought {@link #number()}
 * @param hostRouteId    the id of the host route created
 * @param uriRouteId     the id of the URI route created
 * @param smsId          the MDR id of the SMS sent, or {@code null} when sending was skipped
 * @param mmsId          the MDR id of the MMS sent, or {@code null} when sending was skipped
 * @param lookedUpStatus the status of the SMS as getMessage returned it, or {@code null}
 * @param lines          the lines the Java routes printed
 */
public record FlowReport(boolean succeeded, int failedStep, String error, String number, boolean purchased,
        String hostRouteId, String uriRouteId, String smsId, String mmsId, String lookedUpStatus,
        List<String> lines) {

    public FlowReport {
        lines = List.copyOf(lines);
    }

    /** The process exit code: 0 when the flow completed, 1 otherwise. */
    public int exitCode() {
        return succeeded ? 0 : 1;
    }
}
