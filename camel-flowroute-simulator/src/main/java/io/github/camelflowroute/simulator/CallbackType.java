package io.github.camelflowroute.simulator;

import java.util.Optional;

/**
 * The callbacks Flowroute makes, named as the callback-URL paths name them
 * ({@code PUT /v2.1/messages/sms_callback}, {@code POST /v2/numbers/{id}/relationships/dlr_callback}).
 */
public enum CallbackType {

    /** Inbound SMS. */
    SMS("sms_callback", "sms"),
    /** Inbound MMS. */
    MMS("mms_callback", "mms"),
    /** Delivery receipts of sent messages. */
    DLR("dlr_callback", "dlr");

    private final String pathSegment;
    private final String product;

    CallbackType(String pathSegment, String product) {
        this.pathSegment = pathSegment;
        this.product = product;
    }

    /** The name in the API's paths, e.g. {@code sms_callback}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The {@code product} the simulator reports for a registration, e.g. {@code sms}. */
    public String product() {
        return product;
    }

    /** The type a path segment such as {@code mms_callback} names, if any. */
    public static Optional<CallbackType> fromPathSegment(String segment) {
        for (CallbackType type : values()) {
            if (type.pathSegment.equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
