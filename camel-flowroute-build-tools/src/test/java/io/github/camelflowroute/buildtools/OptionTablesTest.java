package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionTablesTest {

    private static ComponentModel model;

    @BeforeAll
    static void readFixture() throws IOException {
        try (InputStream in = OptionTablesTest.class.getResourceAsStream("/sample-component.json")) {
            model = ComponentJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void parsesTheOptionListsInFileOrder() {
        assertThat(model.getScheme()).isEqualTo("sample");
        assertThat(model.getSyntax()).isEqualTo("sample:action");
        assertThat(model.getComponentOptions()).extracting(BaseOptionModel::getName).containsExactly("baseUrl",
                "timeout");
        assertThat(model.getEndpointOptions()).extracting(BaseOptionModel::getName)
                .containsExactly("action", "baseUrl", "oldName", "registry", "apiKey");
        assertThat(model.getEndpointHeaders()).extracting(BaseOptionModel::getName)
                .containsExactly("CamelSampleId", "CamelSampleTags");
        assertThat(model.getEndpointOptions().get(0).getEnums()).containsExactly("create", "get");
    }

    @Test
    void componentOptionsTableHasOneRowPerOptionWithDefaultAndType() {
        String table = OptionTables.componentOptions(model);
        assertThat(table).contains("The Sample component supports 2 options, which are listed below.");
        assertThat(table).contains(
                "| *baseUrl* (common)\n| Where the API lives.\n| `+https://api.example.com+`\n| `+String+`\n");
        assertThat(table).contains("|===\n| Name | Description | Default | Type\n");
        assertThat(table).endsWith("|===\n");
        assertThat(table.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void durationOptionsSayTheyTakeDurationText() {
        assertThat(OptionTables.componentOptions(model))
                .contains(
                        "| How long to wait. Takes milliseconds or a duration such as `+30s+` or `+1m30s+`.\n| `+30000+`\n| `+long+`");
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
        assertThat(section).contains(
                "| *Required* The API key. _Secret: set it from a property placeholder, not as text in a URI._");
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
        EndpointOptionModel o = new EndpointOptionModel();
        o.setType("object");
        o.setJavaType("java.util.Map<java.lang.String, org.example.Thing>");
        assertThat(OptionTables.shortType(o)).isEqualTo("Map<String, Thing>");
    }

    @Test
    void literalsWithAPlusUseAnInlinePassthrough() {
        assertThat(OptionTables.literal("a+b")).isEqualTo("`pass:c[a+b]`");
        assertThat(OptionTables.literal("plain")).isEqualTo("`+plain+`");
    }
}
