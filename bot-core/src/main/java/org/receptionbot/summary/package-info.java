/**
 * Structured summaries of the ledger (the meal board, movements, bus head counts, open issues) and
 * their rendering as chat text, split for a platform's message limit without cutting a line.
 */
package org.receptionbot.summary;
