/** The {@code export} mode of the jar: the workbook (and CSV) for a date range, from the bot's store. */
package org.receptionbot.app.export;
