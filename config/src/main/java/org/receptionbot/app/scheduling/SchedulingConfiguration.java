package org.receptionbot.app.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The timed part for the application to import. Needs an {@link org.receptionbot.event.Event} and
 * an {@link org.receptionbot.chat.Outbox} bean; uses a {@link org.receptionbot.reminder.ReminderStore},
 * {@link org.receptionbot.weather.WarningMemory} or {@link java.time.Clock} bean when one is defined.
 */
@Configuration(proxyBeanMethods = false)
@Import({QuartzStoreConfiguration.class, ReminderConfiguration.class, WeatherConfiguration.class})
public class SchedulingConfiguration {}
