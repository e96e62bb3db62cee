package io.github.camelflowroute.component.flowroute.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON:API envelope as Flowroute sends it, bound field by field (no tree walking on the hot path). Only the
 * relationship data and included resources, which vary in shape and are small, stay as trees.
 */
final class JsonApiWire {

    private JsonApiWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Resource<A> {
        public String id;
        public String type;
        public A attributes;
        public Map<String, Relationship> relationships;
        public Links links;
        /** The spec wraps each MDR of a search in {@code {"data":{...}}}; the live API does not. */
        public Resource<A> data;

        Resource<A> unwrap() {
            return data != null && id == null && attributes == null ? data : this;
        }

        String relationshipId(String name) {
            Relationship r = relationships == null ? null : relationships.get(name);
            if (r == null || r.data == null || r.data.isNull()) {
                return null;
            }
            JsonNode id = r.data.isObject() ? r.data.get("id") : r.data;
            return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
        }

        List<String> relationshipIds(String name) {
            Relationship r = relationships == null ? null : relationships.get(name);
            if (r == null || r.data == null || !r.data.isArray()) {
                return List.of();
            }
            return r.data.findValuesAsText("id");
        }

        String related() {
            return links == null ? null : links.related;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Relationship {
        public JsonNode data;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Links {
        public String self;
        public String next;
        public String related;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class SingleDocument<A> {
        public Resource<A> data;
        public List<Resource<JsonNode>> included;
        public Links links;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ListDocument<A> {
        public List<Resource<A>> data;
        public Links links;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ErrorDocument {
        public List<ApiError> errors;
    }
}
