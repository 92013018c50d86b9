/**
 * The bot in a Telegram group, through pengrad's java-telegram-bot-api. {@link
 * org.receptionbot.adapters.telegram.TelegramAdapter} is the only entry point: it receives updates
 * (long polling, or a webhook), hands them to the core's {@code ChatHandler} and confirms them only
 * afterwards, and delivers what the core says through a per-chat queue kept in Redis, within
 * Telegram's rate limits. Everything else in this package only translates.
 */
package org.receptionbot.adapters.telegram;
