package io.github.camelflowroute.component.flowroute.management;

/** A polling consumer's position, as the dev console shows it. */
public interface PollingPosition {

    /** The key the position is stored under in the state repository. */
    String positionKey();

    /** The stored position (a watermark or a CDR window), or {@code null} before the first completed record. */
    String position();
}
