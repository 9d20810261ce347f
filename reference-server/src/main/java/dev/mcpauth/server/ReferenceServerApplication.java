package dev.mcpauth.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferenceServerApplication {
    public static void main(String[] args) {
        SpringApplication.run(ReferenceServerApplication.class, args);
    }
}
