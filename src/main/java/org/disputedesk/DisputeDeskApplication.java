package org.disputedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Dispute Desk: complaint and dispute resolution for e-commerce industrial parks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisputeDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisputeDeskApplication.class, args);
    }
}
