/**
 * The Spring Boot application: the composition root that wires the core to its adapters, and
 * {@link org.receptionbot.app.Main}, which dispatches the runnable jar's modes.
 */
package org.receptionbot.app;
