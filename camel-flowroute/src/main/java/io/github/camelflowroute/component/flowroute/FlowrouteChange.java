package io.github.camelflowroute.component.flowroute;

/** What an inventory consumer saw happen to a number or route since its last poll. */
public enum FlowrouteChange {
    /** New since the last poll (on the first poll: everything there is). */
    ADDED,
    /** Present before, with different content now. */
    CHANGED,
    /** Gone since the last poll; the body then holds only the record's key. */
    REMOVED
}
