package io.github.camelflowroute.karaf;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Blueprint example, as far as it runs without a Blueprint container: its beans name real classes and setters,
 * its {@code <camelContext>} routes load into Camel and run against the simulator with the example's default
 * settings, the base URL pointed at the test's simulator. Blueprint itself (Aries, the cm placeholders) runs in
 * Karaf, in KarafFeaturesIT.
 */
class BlueprintExampleTest {

    private static final String BLUEPRINT = "http://www.osgi.org/xmlns/blueprint/v1.0.0";
    private static final String CM = "http://aries.apache.org/blueprint/xmlns/blueprint-cm/v1.1.0";
    private static final String CAMEL_BLUEPRINT = "http://camel.apache.org/schema/blueprint";
    private static final String CAMEL_XML_IO = "http://camel.apache.org/schema/xml-io";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    @RegisterExtension
    static FlowrouteSimulatorExtension flowroute = new FlowrouteSimulatorExtension();

    private final Document blueprint = parse(Path.of(System.getProperty("blueprint.file")));

    @Test
    void theDefaultsTalkToAStandaloneSimulatorOnThisMachine() {
        Properties defaults = defaultProperties();

        assertThat(defaults.getProperty("flowroute.base-url")).isEqualTo("http://127.0.0.1:8089");
        assertThat(defaults.getProperty("flowroute.access-key")).isEqualTo(FlowrouteSimulator.DEFAULT_ACCESS_KEY);
        assertThat(defaults.getProperty("flowroute.secret-key")).isEqualTo(FlowrouteSimulator.DEFAULT_SECRET_KEY);
    }

    @Test
    void theComponentBeanIsWiredThroughRealSetters() throws Exception {
        Object component = bean(topLevelBean("flowroute"), defaultProperties());

        assertThat(component).isInstanceOf(Component.class);
        assertThat(component.toString()).doesNotContain("sim-secret-key");
    }

    @Test
    void theRouteListsNumbersForSaleThroughTheSimulator() throws Exception {
        FlowrouteSimulator sim = flowroute.simulator();
        Properties settings = defaultProperties();
        settings.setProperty("flowroute.base-url", sim.baseUrl());
        List<Exchange> done = new CopyOnWriteArrayList<>();

        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().setInitialProperties(settings);
            context.getRegistry().bind("flowroute", bean(topLevelBean("flowroute"), settings));
            context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.ExchangeCompletedEvent completed) {
                        done.add(completed.getExchange());
                    }
                }
            });
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.fromString("blueprint-routes.xml", routes()));
            NotifyBuilder once = new NotifyBuilder(context).whenDone(1).create();
            context.start();

            assertThat(once.matches(20, TimeUnit.SECONDS)).as("the timer route ran").isTrue();
        }

        assertThat(done).singleElement().satisfies(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(FlowrouteConstants.RESULT_COUNT, Integer.class)).isEqualTo(5);
        });
        assertThat(sim.journal().count("GET", "/v2/numbers/available")).isEqualTo(1);
        assertThat(sim.responseViolations()).isEmpty();
    }

    /** The routes of the {@code <camelContext>}, moved to the namespace of Camel's XML DSL loader. */
    private String routes() throws Exception {
        Element camelContext = (Element) blueprint.getElementsByTagNameNS(CAMEL_BLUEPRINT, "camelContext").item(0);
        Document routes = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = routes.createElementNS(CAMEL_XML_IO, "routes");
        routes.appendChild(root);
        NodeList children = camelContext.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element route && route.getLocalName().equals("route")) {
                root.appendChild(moveNamespace(routes, routes.importNode(route, true)));
            }
        }
        StringWriter xml = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(routes), new StreamResult(xml));
        return xml.toString();
    }

    private static Node moveNamespace(Document doc, Node node) {
        if (node instanceof Element e && CAMEL_BLUEPRINT.equals(e.getNamespaceURI())) {
            Element moved = (Element) doc.renameNode(e, CAMEL_XML_IO, e.getLocalName());
            List<Node> kids = new ArrayList<>();
            for (int i = 0; i < moved.getChildNodes().getLength(); i++) {
                kids.add(moved.getChildNodes().item(i));
            }
            kids.forEach(k -> moveNamespace(doc, k));
            return moved;
        }
        return node;
    }

    private Properties defaultProperties() {
        Properties p = new Properties();
        NodeList props = blueprint.getElementsByTagNameNS(CM, "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element e = (Element) props.item(i);
            p.setProperty(e.getAttribute("name"), e.getAttribute("value"));
        }
        return p;
    }

    private Element topLevelBean(String id) {
        NodeList beans = blueprint.getDocumentElement().getChildNodes();
        for (int i = 0; i < beans.getLength(); i++) {
            if (beans.item(i) instanceof Element e && BLUEPRINT.equals(e.getNamespaceURI())
                    && e.getLocalName().equals("bean") && id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no bean " + id + " in the blueprint");
    }

    /** The bean a {@code <bean>} element describes: its class, made, and its properties set through setters. */
    private static Object bean(Element definition, Properties settings) throws Exception {
        Class<?> type = Class.forName(definition.getAttribute("class"));
        Object bean = type.getConstructor().newInstance();
        NodeList children = definition.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element property) || !property.getLocalName().equals("property")) {
                continue;
            }
            String name = property.getAttribute("name");
            Object value;
            if (property.hasAttribute("value")) {
                value = resolve(property.getAttribute("value"), settings);
            } else {
                Element inner = (Element) property.getElementsByTagNameNS(BLUEPRINT, "bean").item(0);
                value = bean(inner, settings);
            }
            Method setter = setter(type, name);
            assertThat(setter).as("%s has a setter for %s", type.getName(), name).isNotNull();
            setter.invoke(bean, value);
        }
        return bean;
    }

    private static Method setter(Class<?> type, String name) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(setter) && m.getParameterCount() == 1) {
                return m;
            }
        }
        return null;
    }

    private static String resolve(String value, Properties settings) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = settings.getProperty(m.group(1));
            assertThat(v).as("a default for ${%s}", m.group(1)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
