/**
 * Weather warnings: the daily forecast at the event's place, the rules that turn tomorrow against
 * today into plain-Chinese warnings with what to do, and the memory that keeps a warning from being
 * given twice for the same day.
 */
package org.receptionbot.weather;
