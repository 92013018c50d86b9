/**
 * The bot in a Discord server, through JDA. {@link org.receptionbot.adapters.discord.DiscordAdapter}
 * is the only entry point: what the core says is queued in the durable outbox (Redis keys under
 * {@code rb:{dc}:}); the instance that holds the gateway lease ({@code rb:{dc}:gateway}) connects,
 * hands the served channels' messages, edits, deletions and button presses to the core's {@code
 * ChatHandler} (and, after a start, a reconnect or a takeover, what was said while it was away), and
 * sends what every instance queued. Everything else in this package only translates.
 */
package org.receptionbot.adapters.discord;
