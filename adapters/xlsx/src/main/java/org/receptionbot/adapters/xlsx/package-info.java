/**
 * The export workbook: an {@code .xlsx} file (Apache POI) with a meal sheet per day (delegations by venue and meal,
 * seated and packed apart, venue totals against capacity and actual diners), the movements and the waiting issues.
 * Only translates the core's {@link org.receptionbot.command.ExportContent}; holds no rules.
 */
package org.receptionbot.adapters.xlsx;
