package org.receptionbot.adapters.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/** Waits for the gateway's READY, or for the reason Discord closed it (4014: the intent is refused). */
final class Connection extends ListenerAdapter {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final CompletableFuture<CloseCode> closed = new CompletableFuture<>();

    @Override
    public void onReady(ReadyEvent event) {
        closed.complete(null);
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        closed.complete(event.getCloseCode() == null ? CloseCode.GRACEFUL_CLOSE : event.getCloseCode());
    }

    /** Returns once ready; throws {@link DiscordUnavailableException} when the gateway closed or never got ready. */
    void await() {
        CloseCode code;
        try {
            code = closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.UNREACHABLE,
                    "the Discord gateway did not get ready within " + WAIT.toSeconds() + " s",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.UNREACHABLE, "interrupted while connecting to Discord", e);
        }
        if (code == CloseCode.DISALLOWED_INTENTS) {
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.INTENT,
                    "Discord closed the gateway with code 4014: the MESSAGE CONTENT intent is not enabled",
                    null);
        }
        if (code != null) {
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.UNREACHABLE,
                    "Discord closed the gateway: " + code.getCode() + " " + code.getMeaning(),
                    null);
        }
    }
}
