package io.github.camelflowroute.buildtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StarterGeneratorTest {

    private final ComponentModel model = ComponentJson.parse(fixture());

    @Test
    void namesFollowTheComponentClass() {
        assertThat(StarterGenerator.prefix(model)).isEqualTo("camel.component.demo");
        assertThat(StarterGenerator.starterPackage(model)).isEqualTo("com.example.camel.demo.springboot");
        assertThat(StarterGenerator.configurationClass(model)).isEqualTo("DemoComponentConfiguration");
        assertThat(StarterGenerator.converterClass(model)).isEqualTo("DemoComponentConverter");
    }

    @Test
    void springNamesAreDashedLikeSpringDashesThem() {
        assertThat(SpringOptionTypes.dashed("secretKey")).isEqualTo("secret-key");
        assertThat(SpringOptionTypes.dashed("useGlobalSslContextParameters"))
                .isEqualTo("use-global-ssl-context-parameters");
        assertThat(SpringOptionTypes.dashed("isMms")).isEqualTo("is-mms");
        assertThat(SpringOptionTypes.dashed("baseURL")).isEqualTo("base-u-r-l");
    }

    @Test
    void typesAreBoxedAndDurationsAreText() {
        assertThat(SpringOptionTypes.fieldType(option("lazyStartProducer"))).isEqualTo("java.lang.Boolean");
        assertThat(SpringOptionTypes.fieldType(option("maxResults"))).isEqualTo("java.lang.Integer");
        assertThat(SpringOptionTypes.fieldType(option("connectTimeout"))).isEqualTo("java.lang.String");
        assertThat(SpringOptionTypes.fieldType(option("routeType")))
                .isEqualTo("com.example.camel.demo.model.RouteType");
        assertThat(SpringOptionTypes.fieldType(option("maxSetupCost"))).isEqualTo("java.lang.Double");
        assertThat(SpringOptionTypes.fieldType(option("stateRepository")))
                .isEqualTo("org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>");
        assertThat(SpringOptionTypes.fieldType(option("client"))).isEqualTo("com.example.camel.demo.Client.Builder");
    }

    @Test
    void onlyObjectOptionsAreBeanReferences() {
        assertThat(StarterGenerator.beanReferenceTypes(model))
                .containsExactly("org.apache.camel.spi.StateRepository", "com.example.camel.demo.Client.Builder");
    }

    @Test
    void defaultsAreShownAsSpringReadsThem() {
        assertThat(SpringOptionTypes.springDefault(option("connectTimeout"))).isEqualTo("10s");
        assertThat(SpringOptionTypes.springDefault(option("pollDelay"))).isEqualTo("1500ms");
        assertThat(SpringOptionTypes.springDefault(option("maxResults"))).hasToString("1000");
        assertThat(SpringOptionTypes.springDefault(option("lazyStartProducer"))).isEqualTo(false);
        assertThat(SpringOptionTypes.springDefault(option("routeType"))).isNull();
        assertThat(SpringOptionTypes.durationText("120000")).isEqualTo("2m");
        assertThat(SpringOptionTypes.durationText("0")).isEqualTo("0ms");
        assertThat(SpringOptionTypes.durationText("1m30s")).isEqualTo("1m30s");
    }

    @Test
    void theConfigurationClassHasOneFieldAndAccessorPairPerOption() {
        String src = StarterGenerator.configurationSource(model);

        assertThat(src).startsWith("package com.example.camel.demo.springboot;")
                .contains(
                        "@org.springframework.boot.context.properties.ConfigurationProperties(prefix = \"camel.component.demo\")")
                .contains(
                        "public class DemoComponentConfiguration extends org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon")
                .contains("private java.lang.String connectTimeout;")
                .contains("public void setRouteType(com.example.camel.demo.model.RouteType routeType)")
                .contains("private java.lang.String default_;")
                .contains("public java.lang.String getDefault()")
                .contains("@Deprecated\n    private java.lang.String pollDelay;")
                .contains("@deprecated Use delay instead.")
                .contains("The &lt;base&gt; URL &amp; more.")
                .contains("&#64;see a keyword name.")
                .doesNotContain("= false;").doesNotContain("= 1000;");
        for (ComponentOptionModel o : model.getComponentOptions()) {
            assertThat(src)
                    .contains(" get" + Character.toUpperCase(o.getName().charAt(0)) + o.getName().substring(1) + "()");
        }
    }

    @Test
    void toStringMasksTheSecrets() {
        String src = StarterGenerator.configurationSource(model);

        assertThat(src).contains("SECRET_OPTIONS = java.util.List.of(\n        \"secretKey\")")
                .contains("text.append(separator).append(\"secretKey=\").append(\"******\");")
                .doesNotContain("append(secretKey)");
    }

    @Test
    void theConverterTakesEachBeanType() {
        String src = StarterGenerator.converterSource(model);

        assertThat(src).contains("new ConvertiblePair(String.class, org.apache.camel.spi.StateRepository.class)")
                .contains("new ConvertiblePair(String.class, com.example.camel.demo.Client.Builder.class)")
                .contains("ref.startsWith(\"#bean:\")");
    }

    @Test
    void theMetadataListsEveryOptionWithItsSpringName() throws Exception {
        JsonObject root = (JsonObject) Jsoner.deserialize(StarterGenerator.metadata(model));
        JsonArray properties = (JsonArray) root.get("properties");
        Map<String, JsonObject> byName = new java.util.HashMap<>();
        for (Object p : properties) {
            byName.put(((JsonObject) p).getString("name"), (JsonObject) p);
        }

        assertThat(byName).hasSize(model.getComponentOptions().size() + 2)
                .containsKeys("camel.component.demo.enabled", "camel.component.demo.customizer.enabled",
                        "camel.component.demo.connect-timeout", "camel.component.demo.secret-key");
        assertThat(byName.get("camel.component.demo.connect-timeout").get("defaultValue")).isEqualTo("10s");
        assertThat(byName.get("camel.component.demo.secret-key").getString("description"))
                .contains("A secret").contains("masked");
        assertThat(byName.get("camel.component.demo.poll-delay").get("deprecated")).isEqualTo(true);
        assertThat(byName.get("camel.component.demo.state-repository").getString("description"))
                .contains("#bean:name");
        JsonArray hints = (JsonArray) root.get("hints");
        assertThat(hints).hasSize(1);
        assertThat(((JsonObject) hints.get(0)).getString("name")).isEqualTo("camel.component.demo.route-type");
        List<String> names = properties.stream().map(p -> ((JsonObject) p).getString("name")).toList();
        assertThat(names).isSorted();
    }

    @Test
    void writesTheThreeFilesAndRewritesNothingUnchanged(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("demo.json");
        Files.writeString(json, fixture());
        String[] args = { json.toString(), dir.resolve("java").toString(), dir.resolve("res").toString() };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(StarterGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(dir.resolve("java/com/example/camel/demo/springboot/DemoComponentConfiguration.java"))
                .isRegularFile();
        assertThat(dir.resolve("java/com/example/camel/demo/springboot/DemoComponentConverter.java")).isRegularFile();
        assertThat(dir.resolve("res/META-INF/spring-configuration-metadata.json")).isRegularFile();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("generated DemoComponentConfiguration.java, DemoComponentConverter.java, "
                        + "spring-configuration-metadata.json from demo.json (11 component options");

        out.reset();
        assertThat(StarterGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingJsonIsAnErrorNotAnEmptyStarter(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = { dir.resolve("none.json").toString(), dir.toString(), dir.toString() };

        assertThat(StarterGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no component JSON");
    }

    private ComponentOptionModel option(String name) {
        return model.getComponentOptions().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String fixture() {
        try (InputStream in = StarterGeneratorTest.class.getResourceAsStream("/starter-component.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
