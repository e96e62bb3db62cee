package io.github.camelflowroute.buildtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointDslGeneratorTest {

    private final ComponentModel model = ComponentJson.parse(fixture());
    private final String source = EndpointDslGenerator.factorySource(model);

    @Test
    void namesFollowTheComponentClass() {
        assertThat(EndpointDslGenerator.dslPackage(model)).isEqualTo("com.example.camel.demo.dsl");
        assertThat(ComponentJson.baseName(model)).isEqualTo("Demo");
        assertThat(source).contains("public interface DemoEndpointBuilderFactory {",
                "public interface DemoBuilders {", "public static class DemoHeaderNameBuilder {");
    }

    @Test
    void eachOptionGoesToTheBuildersThatTakeIt() {
        assertThat(section("public interface DemoEndpointConsumerBuilder ")).contains(" pollLimit(int pollLimit)",
                " pollLimit(String pollLimit)", " baseUrl(String baseUrl)").doesNotContain(" sender(", " mode(",
                        " bridgeErrorHandler(");
        assertThat(section("public interface AdvancedDemoEndpointConsumerBuilder ")).contains(
                " bridgeErrorHandler(boolean",
                " mode(com.example.camel.demo.Mode mode)");
        assertThat(section("public interface DemoEndpointProducerBuilder ")).contains(" sender(String sender)",
                " secretKey(String secretKey)").doesNotContain(" pollLimit(");
        assertThat(section("public interface DemoEndpointBuilder ")).contains(" baseUrl(", " secretKey(")
                .doesNotContain(" pollLimit(", " sender(");
    }

    @Test
    void theAdvancedOptionsHangOffAdvanced() {
        assertThat(section("public interface DemoEndpointBuilder "))
                .contains("default AdvancedDemoEndpointBuilder advanced()");
        assertThat(section("public interface AdvancedDemoEndpointBuilder ")).contains(
                "default DemoEndpointBuilder basic()",
                " mode(");
    }

    @Test
    void aMultiValueOptionTakesKeysUnderItsPrefix() {
        assertThat(source).contains("schedulerProperties(String key, Object value)",
                "doSetMultiValueProperty(\"schedulerProperties\", \"scheduler.\" + key, value);",
                "doSetMultiValueProperties(\"schedulerProperties\", \"scheduler.\", values);");
    }

    @Test
    void everyHeaderHasANameMethod() {
        assertThat(section("public static class DemoHeaderNameBuilder ")).contains(
                "public String demoMessageId() {\n            return \"CamelDemoMessageId\";",
                "public String demoHasMore() {\n            return \"CamelDemoHasMore\";");
    }

    @Test
    void theMixinBuildsEndpointsOfTheScheme() {
        assertThat(section("public interface DemoBuilders ")).contains(
                "default DemoHeaderNameBuilder demo()", "DemoEndpointBuilder demo(String path)",
                "return DemoEndpointBuilderFactory.endpointBuilder(\"demo\", path);",
                "DemoEndpointBuilder demo(String componentName, String path)");
    }

    @Test
    void descriptionsAreEscapedForJavadoc() {
        assertThat(source)
                .contains("Where the API lives: &lt;b&gt;never&lt;/b&gt; &#64;here *&#47; &#123;&#64;code x&#125;.")
                .doesNotContain("<b>never", "@here", "{@code x}");
    }

    @Test
    void theFileIsWrittenOnlyWhenItsTextChanges(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("demo.json");
        Files.writeString(json, fixture());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(EndpointDslGenerator.run(new String[] { json.toString(), dir.resolve("java").toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("generated DemoEndpointBuilderFactory.java from demo.json");
        out.reset();
        assertThat(EndpointDslGenerator.run(new String[] { json.toString(), dir.resolve("java").toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(dir.resolve("java/com/example/camel/demo/dsl/DemoEndpointBuilderFactory.java")).content()
                .isEqualTo(source);
    }

    @Test
    void aMissingJsonIsAnErrorThatSaysWhereItComesFrom(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(EndpointDslGenerator.run(new String[] { dir.resolve("none.json").toString(), dir.toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("camel-package-maven-plugin");
    }

    /** The text of one nested type: from its declaration to the next one. */
    private String section(String declaration) {
        int start = source.indexOf(declaration);
        assertThat(start).as(declaration).isNotNegative();
        int end = source.indexOf("\n    public ", start + 1);
        int endStatic = source.indexOf("\n    static ", start + 1);
        int stop = end < 0 ? endStatic : endStatic < 0 ? end : Math.min(end, endStatic);
        return source.substring(start, stop < 0 ? source.length() : stop);
    }

    private static String fixture() {
        try (InputStream in = EndpointDslGeneratorTest.class.getResourceAsStream("/endpointdsl-component.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
