package io.github.camelflowroute.component.flowroute.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with the starter and one route, as a user would write it. */
@SpringBootApplication
public class StarterTestApplication {

    @Bean
    RouteBuilder smsRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").routeId("sms").to("flowroute:sendMessage");
            }
        };
    }
}
