package io.github.camelflowroute.component.flowroute.client;

import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;

import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.cost;
import static io.github.camelflowroute.component.flowroute.client.Inputs.digits;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.phoneNumber;
import static io.github.camelflowroute.component.flowroute.client.Inputs.text;

/** The account's numbers and the inventory for sale. */
public final class NumbersApi {

    private static final int MAX_LIMIT = 200;
    private static final int MAX_AREA_CODES_LIMIT = 400;

    public static final ApiOperation<Page<PhoneNumber>> LIST_NUMBERS = ApiOperation
            .<Page<PhoneNumber>>get("listNumbers", "/v2/numbers")
            .describedAs("List the account's phone numbers.")
            .inputs(digitFilters())
            .inputs(limit(MAX_LIMIT), offset())
            .readsPage("PhoneNumber", (body, codec, args) -> codec.numbers(body))
            .pollable(Polling.inventory("number", PhoneNumber::value,
                    key -> new PhoneNumber(key, key, null, null, null, null, null, null, null, null)));

    public static final ApiOperation<PhoneNumber> GET_NUMBER = ApiOperation
            .<PhoneNumber>get("getNumber", "/v2/numbers/{number}")
            .describedAs("Details of one phone number of the account, with its routes.")
            .inputs(phoneNumber("number").inPath())
            .reads("PhoneNumber", (body, codec, args) -> codec.number(body));

    public static final ApiOperation<PhoneNumber> PURCHASE_NUMBER = ApiOperation
            .<PhoneNumber>post("purchaseNumber", "/v2/numbers/{number}")
            .describedAs("Buy a phone number from the inventory.")
            .inputs(phoneNumber("number").inPath())
            .reads("PhoneNumber", (body, codec, args) -> codec.number(body))
            .resultHeader("number", PhoneNumber::value);

    public static final ApiOperation<Page<AvailableNumber>> SEARCH_AVAILABLE_NUMBERS = ApiOperation
            .<Page<AvailableNumber>>get("searchAvailableNumbers", "/v2/numbers/available")
            .describedAs("Search the numbers for sale.")
            .inputs(digitFilters())
            .inputs(checked("rateCenter", ApiInputs::rateCenter).inQuery("rate_center").filter(),
                    checked("state", ApiInputs::state).inQuery("state").filter(),
                    limit(MAX_LIMIT), offset())
            .readsPage("AvailableNumber", (body, codec, args) -> codec.availableNumbers(body))
            .pollable(Polling.additions("number", AvailableNumber::value,
                    key -> new AvailableNumber(key, null, null, null, null, null)));

    public static final ApiOperation<Page<AvailableCode>> LIST_AVAILABLE_AREA_CODES = ApiOperation
            .<Page<AvailableCode>>get("listAvailableAreaCodes", "/v2/numbers/available/areacodes")
            .describedAs("List the area codes with numbers for sale.")
            .inputs(cost("maxSetupCost").inQuery("max_setup_cost"), limit(MAX_AREA_CODES_LIMIT), offset())
            .readsPage("AvailableCode", (body, codec, args) -> codec.availableCodes(body));

    public static final ApiOperation<Page<AvailableCode>> LIST_AVAILABLE_EXCHANGES = ApiOperation
            .<Page<AvailableCode>>get("listAvailableExchanges", "/v2/numbers/available/exchanges")
            .describedAs("List the exchanges with numbers for sale.")
            .inputs(checked("areaCode", ApiInputs::areaCode).inQuery("areacode"),
                    cost("maxSetupCost").inQuery("max_setup_cost"), limit(MAX_LIMIT), offset())
            .readsPage("AvailableCode", (body, codec, args) -> codec.availableCodes(body));

    public static final ApiOperation<Void> RELEASE_NUMBER = ApiOperation
            .<Void>delete("releaseNumber", "/v2/numbers/{number}")
            .describedAs("Release a number of the account: it leaves the account with its routes and callbacks.")
            .inputs(phoneNumber("number").inPath());

    public static final ApiOperation<PhoneNumber> UPDATE_NUMBER_ALIAS = ApiOperation
            .<PhoneNumber>patch("updateNumberAlias", "/v2/numbers/{number}")
            .describedAs("Set (or, with an empty alias, clear) the alias of a number of the account.")
            .inputs(phoneNumber("number").inPath(), text("alias"))
            .check(args -> {
                String alias = args.get("alias", String.class);
                // the API clears the alias with null: an empty alias means the same
                args.with("alias", alias == null || alias.isBlank() ? null : ApiInputs.routeText("alias", alias));
            })
            // flat, not JSON:API: the body the Python, PHP and Ruby SDKs all send
            .writes((args, codec) -> codec.json(aliasBody(args.get("alias", String.class))))
            .reads("PhoneNumber", (body, codec, args) -> codec.number(body));

    private NumbersApi() {
    }

    /** The digit filters of both number lists, sent as {@code starts_with}, {@code ends_with} and {@code contains}. */
    private static ApiInput[] digitFilters() {
        return new ApiInput[] {
                digits("startsWith").inQuery("starts_with").filter(),
                digits("endsWith").inQuery("ends_with").filter(),
                digits("contains").inQuery("contains").filter() };
    }

    private static java.util.Map<String, Object> aliasBody(String alias) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "number");
        body.put("alias", alias);
        return body;
    }
}
