/**
 * The event file: loading it (the configured file or the bundled sample), stopping the start with
 * every problem when it is bad, and the {@code check-event} mode.
 */
package org.receptionbot.app.event;
