package io.github.camelflowroute.simulator;

/** Body of the inbound-message callbacks (notes, "Callbacks"). Delivery receipts are always JSON:API. */
public enum CallbackStyle {

    /**
     * {@code {"data":{"type":"message","id":"mdr2-...","attributes":{...}}}}; an MMS adds
     * {@code data.relationships.media} and {@code included} media objects. The default.
     */
    JSON_API,

    /**
     * The flat body some accounts still receive: {@code {"id","from","to","body"}}. An MMS also carries
     * {@code media_urls} (the notes document no legacy MMS body; this is the simulator's choice).
     */
    LEGACY
}
