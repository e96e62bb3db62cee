package io.github.camelflowroute.springboot.example;

import org.apache.camel.CamelContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application using camel-flowroute-starter. Everything it talks to is set in
 * {@code application.properties}: by default the {@code camel.component.flowroute.*} properties point at an embedded
 * Flowroute simulator ({@link EmbeddedSimulator}); the {@code live} profile ({@code application-live.properties})
 * points them at the live API with the keys from the environment.
 * <p>
 * At start the Java route {@link WelcomeSmsRoute} sends one SMS from the account's first number (which the YAML route
 * {@code routes/flowroute.yaml} looks up), and the YAML route then reads the message back. Camel stops after that
 * one run ({@code camel.main.duration-max-messages}), and the application exits.
 */
@SpringBootApplication
public class FlowrouteSpringBootExample {

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = SpringApplication.run(FlowrouteSpringBootExample.class, args);
        // Camel stops itself after the one run (camel.main.duration-max-messages); then close Spring too and exit
        CamelContext camel = context.getBean(CamelContext.class);
        while (!camel.isStopped()) {
            Thread.sleep(100);
        }
        System.exit(SpringApplication.exit(context));
    }
}
