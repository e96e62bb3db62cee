package io.github.camelflowroute.component.flowroute.management;

/**
 * One HTTP client the component's endpoints share, as the dev console shows it.
 *
 * @param role      who uses it: {@code PRODUCER} (producers and webhooks) or {@code CONSUMER} (polling consumers)
 * @param baseUrl   where it sends
 * @param accessKey the access key it sends with, masked ({@link Masking#accessKey})
 * @param users     the endpoints that hold it
 */
public record ClientView(String role, String baseUrl, String accessKey, int users) {
}
