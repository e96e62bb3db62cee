package io.github.camelflowroute.component.flowroute.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An object the API reads or writes: its fields carry the snake_case of their Java names ({@code isMms} is
 * {@code is_mms}) unless a field names itself with {@code @JsonProperty}, and fields the model does not know are
 * ignored, since the API adds fields over time. One annotation, so that every type of the model maps alike.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public @interface ApiObject {
}
