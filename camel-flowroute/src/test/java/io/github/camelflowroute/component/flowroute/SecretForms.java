package io.github.camelflowroute.component.flowroute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes a secret takes when it leaks: as written, and Base64-encoded inside anything (an Authorization header
 * {@code Basic base64(access:secret)}, with whatever access key). The parent pom's secret scan looks for the same
 * strings in every module's logs and reports.
 */
final class SecretForms {

    private SecretForms() {
    }

    /**
     * The secret itself, and the parts of its Base64 encoding that do not depend on what surrounds it: Base64 turns
     * each 3 bytes into 4 characters, so the secret, wherever it starts, is encoded as one of three fixed runs of
     * characters (one per alignment), in the standard and the URL-safe alphabet.
     */
    static List<String> of(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        for (int start = 0; start < 3; start++) {
            int whole = (bytes.length - start) / 3 * 3;
            if (whole > 0) {
                byte[] run = Arrays.copyOfRange(bytes, start, start + whole);
                forms.add(Base64.getEncoder().encodeToString(run));
                forms.add(Base64.getUrlEncoder().encodeToString(run));
            }
        }
        return new ArrayList<>(forms);
    }

    /** Asserts the text shows the secret in none of its forms; names the place in the failure message. */
    static void assertAbsent(String secret, String where, String text) {
        for (String form : of(secret)) {
            // the message names the place only: the text itself would put the secret in the test report
            assertThat(text.contains(form)).as("the secret (as '%s') shows in %s", form.equals(secret) ? "written"
                    : "Base64", where).isFalse();
        }
    }
}
