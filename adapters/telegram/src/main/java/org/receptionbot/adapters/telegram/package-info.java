/**
 * The bot in a Telegram group, through pengrad's java-telegram-bot-api. {@link
 * org.receptionbot.adapters.telegram.TelegramAdapter} is the only entry point: it receives updates
 * (long polling, or a webhook), hands them to the core's {@code ChatHandler} and confirms them only
 * afterwards, and delivers what the core says through the durable outbox ({@code
 * org.receptionbot.adapters.outbox}) with {@code TelegramSender}, which makes each delivery one Bot
 * API call and declares Telegram's limits. Queuing, pacing and retrying are the outbox's, not
 * this package's.
 */
package org.receptionbot.adapters.telegram;
