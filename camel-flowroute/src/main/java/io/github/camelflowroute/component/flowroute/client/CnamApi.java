package io.github.camelflowroute.component.flowroute.client;

import io.github.camelflowroute.component.flowroute.model.CnamAssignment;
import io.github.camelflowroute.component.flowroute.model.CnamRecord;
import io.github.camelflowroute.component.flowroute.model.Page;

import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resource;
import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resources;
import static io.github.camelflowroute.component.flowroute.client.Inputs.bool;
import static io.github.camelflowroute.component.flowroute.client.Inputs.decimalId;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.phoneNumber;
import static io.github.camelflowroute.component.flowroute.client.Inputs.text;

/** Caller-ID name (CNAM) records and their assignment to numbers. */
public final class CnamApi {

    private static final int MAX_LIMIT = 200;
    private static final int MAX_CNAM_LENGTH = 15;

    public static final ApiOperation<Page<CnamRecord>> LIST_CNAM_RECORDS = ApiOperation
            .<Page<CnamRecord>>get("listCnamRecords", "/v2/cnams")
            .describedAs("List the account's CNAM records.")
            .inputs(limit(MAX_LIMIT), offset(), bool("isApproved").inQuery("is_approved").filter())
            .readsPage("CnamRecord", resources(CnamRecord.class, CnamRecord::withId));

    public static final ApiOperation<CnamRecord> GET_CNAM_RECORD = ApiOperation
            .<CnamRecord>get("getCnamRecord", "/v2/cnams/{cnamId}")
            .describedAs("Look up a CNAM record by id.")
            .inputs(decimalId("cnamId").inPath())
            .reads("CnamRecord", resource(CnamRecord.class, CnamRecord::withId));

    public static final ApiOperation<CnamRecord> CREATE_CNAM_RECORD = ApiOperation
            .<CnamRecord>post("createCnamRecord", "/v2/cnams")
            .describedAs("Create a CNAM record (Flowroute reviews it before it can be assigned).")
            .inputs(text("cnamValue"))
            .bodyText("cnamValue")
            .check(args -> args.with("cnamValue", cnamValue(args.get("cnamValue", String.class))))
            .writes((args, codec) -> codec.json(java.util.Map.of("value", args.get("cnamValue", String.class))))
            .reads("CnamRecord", resource(CnamRecord.class, CnamRecord::withId))
            .resultHeader("cnamId", CnamRecord::id);

    public static final ApiOperation<CnamAssignment> ASSIGN_CNAM_RECORD = ApiOperation
            .<CnamAssignment>patch("assignCnamRecord", "/v2/numbers/{number}/relationships/cnam/{cnamId}")
            .describedAs("Assign an approved CNAM record to a number of the account.")
            .inputs(phoneNumber("number").inPath(), decimalId("cnamId").inPath())
            .reads("CnamAssignment",
                    resource(CnamAssignment.class, CnamAssignment::withId));

    public static final ApiOperation<CnamAssignment> UNASSIGN_CNAM_RECORD = ApiOperation
            .<CnamAssignment>delete("unassignCnamRecord", "/v2/numbers/{number}/relationships/cnam")
            .describedAs("Remove the CNAM record of a number of the account.")
            .inputs(phoneNumber("number").inPath())
            .reads("CnamAssignment",
                    resource(CnamAssignment.class, CnamAssignment::withId));

    public static final ApiOperation<Void> DELETE_CNAM_RECORD = ApiOperation
            .<Void>delete("deleteCnamRecord", "/v2/cnams/{cnamId}")
            .describedAs("Delete a CNAM record; it leaves every number it was assigned to.")
            .inputs(decimalId("cnamId").inPath());

    private CnamApi() {
    }

    /** A caller-ID name as the API takes it: at most 15 characters, at least one letter, printable. */
    static String cnamValue(String raw) {
        String text = ApiInputs.required("cnamValue", raw);
        if (text.length() > MAX_CNAM_LENGTH) {
            throw new FlowrouteValidationException("cnamValue", "longer than " + MAX_CNAM_LENGTH + " characters");
        }
        if (text.chars().noneMatch(Character::isLetter)) {
            throw new FlowrouteValidationException("cnamValue", "needs at least one letter");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new FlowrouteValidationException("cnamValue", "contains control characters");
        }
        return text;
    }
}
