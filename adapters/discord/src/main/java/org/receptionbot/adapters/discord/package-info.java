/**
 * The bot in a Discord server, through JDA. {@link org.receptionbot.adapters.discord.DiscordAdapter}
 * is the only entry point: it holds the gateway connection, hands the served channels' messages,
 * edits, deletions and button presses to the core's {@code ChatHandler} (and, after a start or a
 * reconnect, what was said while it was away), and posts what the core says. Everything else in this
 * package only translates.
 */
package org.receptionbot.adapters.discord;
