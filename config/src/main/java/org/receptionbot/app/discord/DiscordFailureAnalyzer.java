package org.receptionbot.app.discord;

import org.receptionbot.adapters.discord.DiscordUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do when the bot cannot start on Discord: a refused token, a missing intent, no network. */
final class DiscordFailureAnalyzer extends AbstractFailureAnalyzer<DiscordUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DiscordUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
