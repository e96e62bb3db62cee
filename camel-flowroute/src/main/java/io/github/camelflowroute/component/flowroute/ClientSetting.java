package io.github.camelflowroute.component.flowroute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option of {@link FlowrouteConfiguration} that shapes the HTTP client built from it: endpoints that differ
 * in any such option never share a client ({@link ClientSettings}). {@code ClientSettingsTest} fails when an option
 * that reaches the client builder lacks the mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ClientSetting {
}
