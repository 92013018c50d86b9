/**
 * Message understanding: turns what liaisons type (free-form Chinese) into records, Duckling-style,
 * with one rule family per kind of expression (numbers, dates and times, meals, delegations,
 * transport, intent).
 */
package org.receptionbot.message;
