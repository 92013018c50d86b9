/**
 * The {@code parse} mode of the jar: the parser over JSON lines, as in {@code shared/spec/records.md},
 * and its evaluation against a corpus ({@code parse --eval}). No Spring, no store, no server.
 */
package org.receptionbot.app.parse;
