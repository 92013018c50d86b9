/** The bot in a Discord server, wired when a Discord bot token is configured. */
package org.receptionbot.app.discord;
