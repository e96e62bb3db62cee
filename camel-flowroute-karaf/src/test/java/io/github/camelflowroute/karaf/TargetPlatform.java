package io.github.camelflowroute.karaf;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What Karaf 4.4.8 with camel-karaf 4.18.1 exports to a bundle that installs the camel-core, camel-http and
 * camel-jackson features, package by package, written down from camel-karaf's sources, each entry with its origin:
 * <ul>
 * <li>camel-karaf 4.18.1, {@code features/src/main/feature/camel-features.xml}: camel-core's bundles re-package Camel's
 * jars and export {@code org.apache.camel*} at Camel's version (4.18.x); camel-http needs the {@code http-client}
 * feature, which wraps ({@code wrap:mvn:}) httpclient5 {@code ${httpclient-version}} = 5.5.1 and httpcore5
 * {@code ${httpcore-version}} = 5.3.6, and itself wraps httpcore5-h2 5.3.6: those jars carry no OSGi
 * metadata, and their wrapped bundles export their packages at 0.0.0 (in Karaf, the bundle's {@code package:imports}
 * shows them wired at {@code [0.0.0,)}); camel-jackson needs the {@code jackson} feature, {@code ${jackson2-version}} =
 * 2.20.1;
 * camel-http also holds the camel-attachments bundle; camel-webhook is a feature of its own; camel-core's
 * {@code xml-specs-api} feature installs {@code jakarta-activation} 2.1.4.</li>
 * <li>Karaf 4.4.8's framework feature: pax-logging-api 2.3.0, whose manifest exports {@code org.slf4j} at 2.0.6
 * (and older lines).</li>
 * <li>The JDK's own packages come from the system bundle, without versions.</li>
 * </ul>
 * Update it with the camel-karaf version in the parent pom. KarafFeaturesIT checks the real thing: in Karaf with these
 * features every import of the bundle is wired.
 */
final class TargetPlatform {

    /**
     * A package prefix, the version its packages are exported at, the feature that brings them ({@code null}: none
     * that this list knows), and the Maven group of the artifact that holds them.
     */
    record Provider(String packagePrefix, String version, String feature, String mavenGroup) {

        boolean provides(String pkg) {
            return pkg.equals(packagePrefix) || pkg.startsWith(packagePrefix + ".");
        }
    }

    static final String CAMEL_KARAF = "4.18.1";
    static final String KARAF = "4.4.8";
    /** The version of a package exported without one, as {@code wrap:} bundles of plain jars do. */
    static final String UNVERSIONED = "0.0.0";

    static final List<Provider> PROVIDERS = List.of(
            new Provider("org.apache.camel", "4.18.1", "camel-core", "org.apache.camel"),
            // components are features of their own: a component package not listed here has no known provider
            new Provider("org.apache.camel.component", "4.18.1", null, "org.apache.camel"),
            new Provider("org.apache.camel.component.webhook", "4.18.1", "camel-webhook", "org.apache.camel"),
            // camel-attachments is one of camel-http's bundles
            new Provider("org.apache.camel.attachment", "4.18.1", "camel-http", "org.apache.camel"),
            // jakarta-activation 2.1.4, which camel-core's xml-specs-api feature installs
            new Provider("jakarta.activation", "2.1.4", "camel-core", "jakarta.activation"),
            // wrap: bundles of plain jars: exported without a version
            new Provider("org.apache.hc.client5", UNVERSIONED, "camel-http", "org.apache.httpcomponents.client5"),
            new Provider("org.apache.hc.core5.http2", UNVERSIONED, "camel-http", "org.apache.httpcomponents.core5"),
            new Provider("org.apache.hc.core5", UNVERSIONED, "camel-http", "org.apache.httpcomponents.core5"),
            new Provider("com.fasterxml.jackson", "2.20.1", "camel-jackson", "com.fasterxml.jackson"),
            new Provider("org.slf4j", "2.0.6", "framework", "org.slf4j"));

    private TargetPlatform() {
    }

    /** The provider of a package: the one with the longest matching prefix. */
    static Optional<Provider> providerOf(String pkg) {
        return PROVIDERS.stream().filter(p -> p.provides(pkg))
                .max(Comparator.comparingInt(p -> p.packagePrefix().length()));
    }

    /** Whether the JDK exports the package to everyone, so that Karaf's system bundle does. */
    static boolean isJdkPackage(String pkg) {
        return ModuleLayer.boot().modules().stream()
                .filter(m -> m.getName().startsWith("java.") || m.getName().startsWith("jdk."))
                .anyMatch(m -> m.getDescriptor().exports().stream()
                        .anyMatch(e -> !e.isQualified() && e.source().equals(pkg)));
    }
}
