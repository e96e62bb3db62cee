package io.github.camelflowroute.component.flowroute.client;

import io.github.camelflowroute.component.flowroute.model.Callback;
import io.github.camelflowroute.component.flowroute.model.CallbackType;

import static io.github.camelflowroute.component.flowroute.client.Inputs.callbackType;
import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.optionalPhoneNumber;
import static io.github.camelflowroute.component.flowroute.client.Inputs.phoneNumber;

/**
 * The callback URLs of the account ({@code /v2.1/messages/{type}_callback}) or, when a number is given, of that
 * number ({@code /v2/numbers/{id}/relationships/{type}_callback}): one operation each, with the number's variant.
 */
public final class CallbacksApi {

    private static final String ACCOUNT = "/v2.1/messages/{callbackType}";
    private static final String NUMBER = "/v2/numbers/{number}/relationships/{callbackType}";

    private static final ApiOperation<Void> SET_NUMBER_CALLBACK = ApiOperation
            .<Void>post("setCallback", NUMBER)
            .inputs(phoneNumber("number").inPath(), callbackType("callbackType").inPath(), url())
            .writes((args, codec) -> codec.numberCallbackBody(args.get("callbackUrl", String.class)));

    public static final ApiOperation<Void> SET_CALLBACK = ApiOperation
            .<Void>put("setCallback", ACCOUNT)
            .describedAs("Register a callback URL, for the account or one number.")
            .inputs(callbackType("callbackType").inPath(), url(), optionalPhoneNumber("number"))
            .writes((args, codec) -> codec.callbackBody(args.get("callbackUrl", String.class)))
            .orWhenGiven("number", SET_NUMBER_CALLBACK);

    private static final ApiOperation<Callback> GET_NUMBER_CALLBACK = ApiOperation
            .<Callback>get("getCallback", NUMBER)
            .inputs(phoneNumber("number").inPath(), callbackType("callbackType").inPath())
            .reads("Callback", (body, codec, args) -> new Callback(args.get("callbackType", CallbackType.class),
                    args.get("number", String.class), codec.callbackUrl(body)));

    public static final ApiOperation<Callback> GET_CALLBACK = ApiOperation
            .<Callback>get("getCallback", ACCOUNT)
            .describedAs("Look up a callback URL, of the account or one number.")
            .inputs(callbackType("callbackType").inPath(), optionalPhoneNumber("number"))
            .reads("Callback", (body, codec, args) -> new Callback(args.get("callbackType", CallbackType.class),
                    null, codec.callbackUrl(body)))
            .orWhenGiven("number", GET_NUMBER_CALLBACK);

    private static final ApiOperation<Void> REMOVE_NUMBER_CALLBACK = ApiOperation
            .<Void>delete("removeCallback", NUMBER)
            .inputs(phoneNumber("number").inPath(), callbackType("callbackType").inPath());

    public static final ApiOperation<Void> REMOVE_CALLBACK = ApiOperation
            .<Void>delete("removeCallback", ACCOUNT)
            .describedAs("Remove a callback URL, of the account or one number.")
            .inputs(callbackType("callbackType").inPath(), optionalPhoneNumber("number"))
            .orWhenGiven("number", REMOVE_NUMBER_CALLBACK);

    private CallbacksApi() {
    }

    private static ApiInput url() {
        return checked("callbackUrl", raw -> ApiInputs.httpUrl("callbackUrl", raw));
    }
}
