package org.receptionbot.adapters.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages, edits and deletions, handed to the {@link Receiver} on the {@link Worker} in order, and
 * the gateway's sessions: at READY and after every reconnect the history is read for what was
 * missed. When handling fails, live messages are left to a catch-up from the history a little
 * later, so that none is lost or handled out of order.
 */
final class Events extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final Receiver receiver;
    private final CatchUp catchUp;
    private final SlashCommands commands;
    private final Worker worker;
    private volatile boolean behind;

    Events(Receiver receiver, CatchUp catchUp, SlashCommands commands, Worker worker) {
        this.receiver = receiver;
        this.catchUp = catchUp;
        this.commands = commands;
        this.worker = worker;
    }

    @Override
    public void onReady(ReadyEvent event) {
        catchUp.markNew(event.getJDA());
        commands.register(event.getJDA());
        catchUp(event.getJDA());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        catchUp(event.getJDA());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        catchUp(event.getJDA());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild() || !receiver.serves(event.getChannel().getId())) return;
        Message message = event.getMessage();
        run(event.getJDA(), () -> {
            if (!behind) receiver.said(message);
        });
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (!event.isFromGuild()) return;
        run(event.getJDA(), () -> receiver.edited(event.getMessage()));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (!event.isFromGuild()) return;
        run(event.getJDA(), () -> receiver.deleted(event.getChannel().getId(), event.getMessageId()));
    }

    /** Runs a step; after a failure, live messages wait for a catch-up from the history. */
    private void run(JDA jda, Runnable step) {
        worker.submit(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error(
                        "a Discord message could not be handled; reading the history again in {} s",
                        Worker.RETRY_SECONDS,
                        e);
                behind = true;
                worker.later(() -> catchUpNow(jda));
            }
        });
    }

    private void catchUp(JDA jda) {
        worker.submit(() -> catchUpNow(jda));
    }

    private void catchUpNow(JDA jda) {
        try {
            catchUp.run(jda);
            behind = false;
        } catch (RuntimeException e) {
            if (worker.stopping()) return; // the next start reads it
            log.error("the Discord history could not be read; trying again in {} s", Worker.RETRY_SECONDS, e);
            behind = true;
            worker.later(() -> catchUpNow(jda));
        }
    }
}
