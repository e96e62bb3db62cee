package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.util.regex.Pattern;

import io.github.camelflowroute.component.flowroute.model.E911Address;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;

import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resource;
import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resources;
import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.decimalId;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.phoneNumber;

/**
 * E911 addresses and their assignment to numbers, at the paths the SDKs and the live samples use
 * ({@code /v2/e911s}). An address body is an {@link E911Address} or a {@code Map} of the API's attribute names,
 * checked before sending: a refused field is named by its API name ({@code zip}, {@code first_name}).
 */
public final class E911Api {

    private static final int MAX_LIMIT = 200;
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    public static final ApiOperation<Page<E911Address>> LIST_E911_ADDRESSES = ApiOperation
            .<Page<E911Address>>get("listE911Addresses", "/v2/e911s")
            .describedAs("List the account's E911 addresses.")
            .inputs(limit(MAX_LIMIT), offset(), checked("state", ApiInputs::state).inQuery("state").filter())
            .readsPage("E911Address", resources(E911Address.class, E911Address::withId));

    public static final ApiOperation<E911Address> GET_E911_ADDRESS = ApiOperation
            .<E911Address>get("getE911Address", "/v2/e911s/{e911Id}")
            .describedAs("Look up an E911 address by id.")
            .inputs(decimalId("e911Id").inPath())
            .reads("E911Address", resource(E911Address.class, E911Address::withId));

    public static final ApiOperation<E911Address> VALIDATE_E911_ADDRESS = ApiOperation
            .<E911Address>post("validateE911Address", "/v2/e911s/validate")
            .describedAs(
                    "Check that Flowroute can place an E911 address, without saving it; the body stays the address.")
            .bodyModel(E911Address.class)
            .check(args -> checkAddress(args, true))
            .writes(E911Api::addressBody)
            .reads("E911Address", (body, codec, args) -> args.get("address", E911Address.class));

    public static final ApiOperation<E911Address> CREATE_E911_ADDRESS = ApiOperation
            .<E911Address>post("createE911Address", "/v2/e911s")
            .describedAs("Create an E911 address.")
            .bodyModel(E911Address.class)
            .check(args -> checkAddress(args, true))
            .writes(E911Api::addressBody)
            .reads("E911Address", resource(E911Address.class, E911Address::withId))
            .resultHeader("e911Id", E911Address::id);

    public static final ApiOperation<E911Address> UPDATE_E911_ADDRESS = ApiOperation
            .<E911Address>patch("updateE911Address", "/v2/e911s/{e911Id}")
            .describedAs("Change fields of an E911 address: the body gives those that change.")
            .inputs(decimalId("e911Id").inPath())
            .bodyModel(E911Address.class)
            .check(args -> checkAddress(args, false))
            .writes(E911Api::addressBody)
            .reads("E911Address", resource(E911Address.class, E911Address::withId))
            .resultHeader("e911Id", E911Address::id);

    public static final ApiOperation<Void> DELETE_E911_ADDRESS = ApiOperation
            .<Void>delete("deleteE911Address", "/v2/e911s/{e911Id}")
            .describedAs("Delete an E911 address no number uses any more.")
            .inputs(decimalId("e911Id").inPath());

    public static final ApiOperation<Void> ASSIGN_E911_ADDRESS = ApiOperation
            .<Void>patch("assignE911Address", "/v2/numbers/{number}/relationships/e911s/{e911Id}")
            .describedAs("Assign an E911 address to a number of the account.")
            .inputs(phoneNumber("number").inPath(), decimalId("e911Id").inPath());

    public static final ApiOperation<Void> UNASSIGN_E911_ADDRESS = ApiOperation
            .<Void>delete("unassignE911Address", "/v2/numbers/{number}/relationships/e911s")
            .describedAs("Remove the E911 address of a number of the account.")
            .inputs(phoneNumber("number").inPath());

    public static final ApiOperation<Page<PhoneNumber>> LIST_E911_ADDRESS_NUMBERS = ApiOperation
            .<Page<PhoneNumber>>get("listE911AddressNumbers", "/v2/e911s/{e911Id}/relationships/numbers")
            .describedAs("List the numbers an E911 address is assigned to.")
            .inputs(decimalId("e911Id").inPath(), limit(MAX_LIMIT), offset())
            .readsPage("PhoneNumber", (body, codec, args) -> codec.numbers(body));

    private E911Api() {
    }

    /** Checks the body's address ({@link #checkedAddress}) and keeps it, as sent, for the writer and the reader. */
    private static void checkAddress(ApiArguments args, boolean complete) {
        args.with("address", checkedAddress(args.body(E911Address.class), complete));
    }

    private static byte[] addressBody(ApiArguments args, JsonApiCodec codec) throws IOException {
        return codec.resourceBody("e911", args.get("address", E911Address.class));
    }

    /**
     * The address in the form sent: every text trimmed, state upper-cased; refused when a required field is missing
     * (only with {@code complete}: an update names only what changes), the state is not two letters or the zip not
     * five digits (or ZIP+4).
     */
    static E911Address checkedAddress(E911Address a, boolean complete) {
        if (a == null) {
            throw new FlowrouteValidationException("body",
                    "an E911 address is required (an E911Address, or a Map or JSON object of its attributes)");
        }
        String label = text("label", a.label(), complete);
        String firstName = text("first_name", a.firstName(), complete);
        String lastName = text("last_name", a.lastName(), complete);
        String streetNumber = text("street_number", a.streetNumber(), complete);
        String streetName = text("street_name", a.streetName(), complete);
        String city = text("city", a.city(), complete);
        String state = text("state", a.state(), complete);
        if (state != null) {
            if (!STATE.matcher(state).matches()) {
                throw new FlowrouteValidationException("state", "expected a two-letter code such as WA");
            }
            state = state.toUpperCase(java.util.Locale.ROOT);
        }
        String country = text("country", a.country(), complete);
        String zip = text("zip", a.zip(), complete);
        if (zip != null && !ZIP.matcher(zip).matches()) {
            throw new FlowrouteValidationException("zip", "expected five digits, or ZIP+4 such as 98101-1234");
        }
        String addressType = text("address_type", a.addressType(), false);
        String addressTypeNumber = text("address_type_number", a.addressTypeNumber(), false);
        if (addressTypeNumber != null && addressType == null && complete) {
            throw new FlowrouteValidationException("address_type", "is required with address_type_number");
        }
        return new E911Address(null, label, firstName, lastName, streetNumber, streetName, addressType,
                addressTypeNumber, city, state, country, zip);
    }

    private static String text(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new FlowrouteValidationException(field, "is required");
            }
            return null;
        }
        String text = raw.trim();
        if (text.length() > 255) {
            throw new FlowrouteValidationException(field, "longer than 255 characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new FlowrouteValidationException(field, "contains control characters");
        }
        return text;
    }
}
