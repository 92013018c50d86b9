package org.receptionbot.app.event;

import java.time.Clock;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.app.sandbox.SampleEventToday;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event the bot serves, read from {@code reception.event-file}, and the clock in its zone. */
@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EventConfiguration.class);

    @Bean
    Event event(ReceptionProperties properties) {
        EventReading reading = properties.eventFile() == null && properties.sampleEventToday()
                ? SampleEventToday.read(Clock.systemUTC(), properties.sample())
                : EventSource.read(properties.eventFile(), properties.sample());
        if (reading instanceof EventReading.Invalid invalid) {
            throw new InvalidEventFileException(invalid);
        }
        Event event = ((EventReading.Valid) reading).event();
        LOG.info("Event {} from {}", event.name(), EventSource.describe(properties.eventFile(), properties.sample()));
        return event;
    }

    /** The system clock in the event's zone, unless another clock is defined (tests that drive time). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(Event event) {
        return Clock.system(event.zone());
    }
}
