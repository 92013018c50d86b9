/**
 * Quartz triggers for the core's timed use cases. Each job is a few lines that call one use case
 * with the injected {@link java.time.Clock}; schedules are built in the event's time zone from
 * the event file and the settings, never from the server's zone.
 */
package org.receptionbot.scheduler;
