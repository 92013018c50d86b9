/**
 * The structured records kept from liaisons' messages, as defined by the records contract
 * ({@code shared/spec/records.md}): meal counts and changes, arrivals and departures, head counts
 * on vehicles, issues, and who goes on which site-visit route. Ids (delegation, meal, vehicle,
 * route) are those of the event file.
 */
package org.receptionbot.record;
