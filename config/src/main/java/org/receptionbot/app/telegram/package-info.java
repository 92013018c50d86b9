/** The bot in a Telegram group, wired when a bot token is configured. */
package org.receptionbot.app.telegram;
