/**
 * Wiring of the timed part: weather warnings, custom reminders and the Quartz scheduler on a JDBC
 * job store (an H2 file under the data directory by default, PostgreSQL clustered in production).
 */
package org.receptionbot.app.scheduling;
