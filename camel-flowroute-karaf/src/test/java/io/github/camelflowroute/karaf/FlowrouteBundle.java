package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;

/**
 * The camel-flowroute bundle as this build made it: its jar, or, in a reactor build that has not packaged it,
 * its target/classes, whose manifest maven-bundle-plugin writes in process-classes.
 */
final class FlowrouteBundle {

    final Path location;
    final Manifest manifest;
    final List<String> entries;

    private FlowrouteBundle(Path location, Manifest manifest, List<String> entries) {
        this.location = location;
        this.manifest = manifest;
        this.entries = entries;
    }

    static FlowrouteBundle load() {
        try {
            Path location =
                    Path.of(FlowrouteComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                List<String> entries;
                try (Stream<Path> files = Files.walk(location)) {
                    entries = files.filter(Files::isRegularFile)
                            .map(p -> location.relativize(p).toString().replace('\\', '/')).sorted().toList();
                }
                try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                    return new FlowrouteBundle(location, new Manifest(in), entries);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                List<String> entries = new ArrayList<>();
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (!entry.isDirectory()) {
                        entries.add(entry.getName());
                    }
                }
                return new FlowrouteBundle(location, jar.getManifest(), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    String read(String entry) {
        try {
            if (Files.isDirectory(location)) {
                return Files.readString(location.resolve(entry), StandardCharsets.UTF_8);
            }
            try (JarFile jar = new JarFile(location.toFile());
                 InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages that hold classes in the bundle. */
    List<String> classPackages() {
        return entries.stream().filter(e -> e.endsWith(".class") && e.contains("/"))
                .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.')).distinct().sorted().toList();
    }
}
