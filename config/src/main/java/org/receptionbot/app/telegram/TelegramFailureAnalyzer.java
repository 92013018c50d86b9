package org.receptionbot.app.telegram;

import org.receptionbot.adapters.telegram.TelegramUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to check when the bot cannot start on Telegram. */
final class TelegramFailureAnalyzer extends AbstractFailureAnalyzer<TelegramUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TelegramUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "请检查 TELEGRAM_BOT_TOKEN（向 @BotFather 核对）和网络；reception.telegram.api-url 可指向自建 Bot API 服务器。\n"
                        + "Check TELEGRAM_BOT_TOKEN (BotFather gives it) and the network; reception.telegram.api-url can point to"
                        + " a self-hosted Bot API server.",
                cause);
    }
}
