package org.receptionbot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The bot as a Spring Boot application. Only {@code org.receptionbot.app} is scanned: each concern
 * has its {@code @Configuration} class there, whose {@code @Bean} methods call the core's and the
 * adapters' plain constructors.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BotApplication {}
