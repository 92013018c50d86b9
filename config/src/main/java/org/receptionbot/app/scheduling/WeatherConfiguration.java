package org.receptionbot.app.scheduling;

import java.time.Clock;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.receptionbot.adapters.weather.WeatherAdapters;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.scheduler.Schedules;
import org.receptionbot.scheduler.WeatherCheckJob;
import org.receptionbot.weather.InMemoryWarningMemory;
import org.receptionbot.weather.WarningMemory;
import org.receptionbot.weather.WeatherCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evening weather check, unless {@code reception.weather.provider=none}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WeatherProperties.class)
@ConditionalOnExpression("'${reception.weather.provider:open-meteo}' != 'none'")
class WeatherConfiguration {

    @Bean
    WeatherCheckJob weatherCheckJob(
            Event event, Outbox outbox, ObjectProvider<WarningMemory> memories, WeatherProperties p, Clock clock) {
        // The application's Redis memory; in memory only where none is defined.
        WarningMemory memory = memories.getIfAvailable(InMemoryWarningMemory::new);
        var forecasts = p.provider().equals("qweather")
                ? WeatherAdapters.qWeather(p.baseUrl(), p.key(), p.timeout())
                : WeatherAdapters.openMeteo(p.baseUrl(), p.timeout());
        return new WeatherCheckJob(new WeatherCheck(event, forecasts, memory, outbox, p.settings()), clock);
    }

    @Bean
    ApplicationRunner weatherSchedule(Scheduler scheduler, Event event, WeatherProperties p) {
        return args -> register(scheduler, event, p);
    }

    private static void register(Scheduler scheduler, Event event, WeatherProperties p) throws SchedulerException {
        new Schedules(event.zone()).weatherCheck(scheduler, p.checkAt());
    }
}
