package io.github.camelflowroute.component.flowroute.model;

/** The callbacks Flowroute makes: inbound SMS, inbound MMS, and delivery receipts of sent messages. */
public enum CallbackType {
    SMS,
    MMS,
    DLR;

    /** The path segment the API uses ({@code sms_callback}, ...). */
    public String wireName() {
        return ApiNames.lowerCase(this) + "_callback";
    }

    /**
     * The type for {@code sms}, {@code sms_callback} or {@code SMS}, ignoring case.
     *
     * @throws IllegalArgumentException when the text names no callback type
     */
    public static CallbackType fromText(String text) {
        return ApiNames.find(values(), CallbackType::wireName, text, "callback type");
    }
}
