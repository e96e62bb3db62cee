package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.camelflowroute.buildtools.ComponentModel.Option;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionTablesTest {

    private static ComponentModel model;

    @BeforeAll
    static void readFixture() throws IOException {
        try (InputStream in = OptionTablesTest.class.getResourceAsStream("/sample-component.json")) {
            model = ComponentModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void parsesTheOptionListsInFileOrder() {
        assertThat(model.scheme()).isEqualTo("sample");
        assertThat(model.syntax()).isEqualTo("sample:action");
        assertThat(model.componentProperties()).extracting(Option::name).containsExactly("baseUrl", "timeout");
        assertThat(model.endpointProperties()).extracting(Option::name)
                .containsExactly("action", "baseUrl", "oldName", "registry", "apiKey");
        assertThat(model.headers()).extracting(Option::name).containsExactly("CamelSampleId", "CamelSampleTags");
        assertThat(model.endpointProperties().get(0).enumValues()).containsExactly("create", "get");
    }

    @Test
    void componentOptionsTableHasOneRowPerOptionWithDefaultAndType() {
        String table = OptionTables.componentOptions(model);
        assertThat(table).contains("The Sample component supports 2 options, which are listed below.");
        assertThat(table).contains("| *baseUrl* (common)\n| Where the API lives.\n| `+https://api.example.com+`\n| `+String+`\n");
        assertThat(table).contains("|===\n| Name | Description | Default | Type\n");
        assertThat(table).endsWith("|===\n");
        assertThat(table.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void durationOptionsSayTheyTakeDurationText() {
        assertThat(OptionTables.componentOptions(model))
                .contains("| How long to wait. Takes milliseconds or a duration such as `+30s+` or `+1m30s+`.\n| `+30000+`\n| `+long+`");
    }

    @Test
    void endpointOptionsSplitPathFromQueryParameters() {
        String section = OptionTables.endpointOptions(model);
        assertThat(section).contains("----\nsample:action\n----");
        assertThat(section).contains(".Path parameters (1)\n");
        assertThat(section).contains(".Query parameters (4)\n");
        assertThat(section.indexOf("*action*")).isLessThan(section.indexOf(".Query parameters"));
        assertThat(section).contains("| *Required* What to do. Values: `+create+`, `+get+`.");
        assertThat(section).contains("| `+SampleAction+`");
    }

    @Test
    void flagsRequiredSecretDeprecatedAndAutowiredOptions() {
        String section = OptionTables.endpointOptions(model);
        assertThat(section).contains("| *Required* The API key. _Secret: set it from a property placeholder, not as text in a URI._");
        assertThat(section).contains("| *Deprecated* Use newName.");
        assertThat(section).contains("*oldName* (producer (advanced))");
        assertThat(section).contains("A registry. _Autowired from the registry");
    }

    @Test
    void headersShowTheirJavaConstantAndEscapeCellSeparators() {
        String section = OptionTables.headers(model);
        assertThat(section).contains("The Sample component supports 2 message headers");
        assertThat(section).contains("| *CamelSampleId* (producer) +\nConstant: `+SampleConstants.ID+`\n");
        assertThat(section).contains("| Tags, a List or text split on \\|.\n");
        assertThat(section).contains("| `+List<String>+`");
    }

    @Test
    void shortensQualifiedJavaNamesInsideGenerics() {
        Option o = new Option("x", "parameter", "common", false, "object",
                "java.util.Map<java.lang.String, org.example.Thing>", List.of(), false, false, false, null, "", null);
        assertThat(OptionTables.shortType(o)).isEqualTo("Map<String, Thing>");
    }

    @Test
    void literalsWithAPlusUseAnInlinePassthrough() {
        assertThat(OptionTables.literal("a+b")).isEqualTo("`pass:c[a+b]`");
        assertThat(OptionTables.literal("plain")).isEqualTo("`+plain+`");
    }
}
