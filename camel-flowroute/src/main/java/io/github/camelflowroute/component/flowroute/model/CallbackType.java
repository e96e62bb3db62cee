package io.github.camelflowroute.component.flowroute.model;

import java.util.Locale;

/** The callbacks Flowroute makes: inbound SMS, inbound MMS, and delivery receipts of sent messages. */
public enum CallbackType {
    SMS("sms_callback"),
    MMS("mms_callback"),
    DLR("dlr_callback");

    private final String wireName;

    CallbackType(String wireName) {
        this.wireName = wireName;
    }

    /** The path segment the API uses ({@code sms_callback}, ...). */
    public String wireName() {
        return wireName;
    }

    /**
     * The type for {@code sms}, {@code sms_callback} or {@code SMS}, ignoring case.
     *
     * @throws IllegalArgumentException when the text names no callback type
     */
    public static CallbackType fromText(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (CallbackType type : values()) {
            if (type.wireName.equals(key) || type.name().toLowerCase(Locale.ROOT).equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown callback type: " + text);
    }
}
