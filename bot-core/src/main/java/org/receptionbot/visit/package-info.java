/**
 * Site visits: who goes on which route. {@link org.receptionbot.visit.VisitLedger} folds the event
 * file's plan, the visit reports and changes of the route's day, the movements and the buses' head
 * counts into one {@link org.receptionbot.visit.RouteList} per route; {@link
 * org.receptionbot.visit.VisitBoards} reads them from the ledger and {@link
 * org.receptionbot.visit.VisitBoardText} writes them for the chats.
 */
package org.receptionbot.visit;
