package io.github.camelflowroute.karaf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for camel-karaf's {@code camel-netty-http} feature, for a Karaf whose camel-karaf features were built from
 * the source subset (which has no Netty): a features file of the jars Maven resolved for this module's test dependency
 * {@code org.apache.camel:camel-netty-http}. Netty's jars and commons-pool2 are OSGi bundles and go in as they are;
 * Camel's camel-netty and camel-netty-http jars carry no OSGi metadata, so they go in with {@code wrap:} (camel-karaf
 * builds its bundles from the same jars). Camel's OSGi activator then finds the {@code netty-http} component in them
 * as in any other bundle. Where camel-karaf's released features resolve, the test installs their camel-netty-http
 * instead.
 */
final class NettyHttpStandIn {

    static final String FEATURE = "flowroute-it-netty-http";

    private NettyHttpStandIn() {
    }

    /** One jar of the test class path, by its place in Maven's repository layout. */
    record Artifact(String groupId, String artifactId, String version, Path jar) {

        /** Whether the stand-in installs it: Netty, the pool camel-netty uses, and the two Camel components. */
        boolean belongsToTheStandIn() {
            return groupId.equals("io.netty")
                    || groupId.equals("org.apache.commons") && artifactId.equals("commons-pool2")
                    || groupId.equals("org.apache.camel") && (artifactId.equals("camel-netty")
                            || artifactId.equals("camel-netty-http"));
        }

        boolean isOsgiBundle() {
            return !groupId.equals("org.apache.camel");
        }

        String url() {
            if (isOsgiBundle()) {
                return jar.toUri().toString();
            }
            String name = groupId + "." + artifactId;
            return "wrap:" + jar.toUri() + "$Bundle-SymbolicName=" + name + "&Bundle-Version=" + version
                    + "&Export-Package=org.apache.camel.component.*;version=" + version;
        }
    }

    /** The jars of this JVM's class path that lie in {@code localRepository}, with their coordinates. */
    static List<Artifact> classPath(Path localRepository) {
        Path repository = localRepository.toAbsolutePath().normalize();
        List<Artifact> artifacts = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath().normalize();
            if (!jar.startsWith(repository) || !jar.toString().endsWith(".jar")) {
                continue;
            }
            Path relative = repository.relativize(jar);
            int n = relative.getNameCount();
            if (n < 4) {
                continue;
            }
            String group = relative.subpath(0, n - 3).toString().replace(File.separatorChar, '.');
            artifacts.add(new Artifact(group, relative.getName(n - 3).toString(), relative.getName(n - 2).toString(),
                    jar));
        }
        return artifacts;
    }

    /**
     * Writes the stand-in's features file.
     *
     * @return its URL, for {@code feature:repo-add}
     */
    static String write(Path file, Path localRepository) throws IOException {
        List<Artifact> artifacts = classPath(localRepository).stream().filter(Artifact::belongsToTheStandIn).toList();
        if (artifacts.stream().noneMatch(a -> a.artifactId().equals("camel-netty-http"))) {
            throw new IllegalStateException("camel-netty-http is not on the test class path under " + localRepository
                    + ": " + System.getProperty("java.class.path"));
        }
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features name=\"").append(FEATURE)
                .append("\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n")
                .append("    <feature name=\"").append(FEATURE).append("\" version=\"1.0.0\">\n")
                // camel-http brings camel-http-base and camel-attachments, which camel-netty-http uses
                .append("        <feature version=\"[4.18,5)\">camel-core</feature>\n")
                .append("        <feature version=\"[4.18,5)\">camel-http</feature>\n");
        for (Artifact artifact : artifacts) {
            xml.append("        <bundle").append(artifact.isOsgiBundle() ? " dependency=\"true\"" : "").append(">")
                    .append(artifact.url().replace("&", "&amp;")).append("</bundle>\n");
        }
        xml.append("    </feature>\n</features>\n");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file.toUri().toString();
    }
}
