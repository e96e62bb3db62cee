package io.github.camelflowroute.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ways the send variants scenario sets the component up, declared once: the client name a send JVM is started
 * with, the label of its row and the URI options it adds. {@code DEFAULTS} is the component as the send table has it.
 */
enum SendVariant {
    DEFAULTS("component", "component (defaults)", ""),
    IO_THREAD("component-io-thread", "component, continueOnIoThread=true", "&continueOnIoThread=true"),
    NO_EXPECT("component-no-expect", "component, expectContinue=false", "&expectContinue=false"),
    NEITHER("component-io-thread-no-expect", "component, both", "&continueOnIoThread=true&expectContinue=false");

    final String client;
    final String label;
    final String options;

    SendVariant(String client, String label, String options) {
        this.client = client;
        this.label = label;
        this.options = options;
    }

    /** The variant a client name stands for, if it is one. */
    static Optional<SendVariant> of(String client) {
        return Arrays.stream(values()).filter(v -> v.client.equals(client)).findFirst();
    }

    /** The clients of the scenario: the raw client as the baseline, then every variant. */
    static List<String> clients() {
        return Stream.concat(Stream.of("raw"), Arrays.stream(values()).map(v -> v.client)).toList();
    }
}
