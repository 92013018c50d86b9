/**
 * The event the bot serves: its days, meals, venues, hotels, delegations, vehicles, site-visit
 * routes and the people and chats around them, read from the event file and checked as a whole.
 */
package org.receptionbot.event;
