package org.receptionbot.adapters.telegram;

/** Telegram refused the bot's token at start, or could not be reached. */
public final class TelegramUnavailableException extends RuntimeException {

    TelegramUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
