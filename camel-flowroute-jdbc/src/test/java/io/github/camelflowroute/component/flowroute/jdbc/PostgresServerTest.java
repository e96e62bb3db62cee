package io.github.camelflowroute.component.flowroute.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the test server finds Debian's PostgreSQL binaries, and how it fails without them. */
class PostgresServerTest {

    @TempDir
    Path root;

    @Test
    void withoutDebiansBinariesItFailsSayingWhichPackageToInstall() throws Exception {
        Files.createDirectories(root.resolve("15/lib"));

        assertThatThrownBy(() -> PostgresServer.findBinaries(root))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("install Debian's postgresql package")
                .hasMessageContaining("scripts/install-postgresql.sh");
    }

    @Test
    void picksTheNewestInstalledVersion() throws Exception {
        for (String version : new String[] { "9", "15", "13" }) {
            Path bin = Files.createDirectories(root.resolve(version).resolve("bin"));
            for (String tool : new String[] { "initdb", "pg_ctl" }) {
                Files.createFile(bin.resolve(tool)).toFile().setExecutable(true);
            }
        }

        assertThat(PostgresServer.findBinaries(root)).isEqualTo(root.resolve("15/bin"));
    }
}
