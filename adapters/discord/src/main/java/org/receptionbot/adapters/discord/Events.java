package org.receptionbot.adapters.discord;

import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.receptionbot.chat.ButtonPress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's events, handed to the {@link Receiver} on one thread in order. Interactions are acknowledged
 * at once on JDA's thread (Discord allows 3 s), then handled. When handling fails, live messages are
 * left to a catch-up from the history a little later, so that none is lost or handled out of order.
 */
final class Events extends ListenerAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Events.class);
    private static final long RETRY_SECONDS = 5;

    private final Receiver receiver;
    private final CatchUp catchUp;
    private final SlashCommands commands;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "discord-inbound"));
    private volatile boolean behind;

    Events(Receiver receiver, CatchUp catchUp, SlashCommands commands) {
        this.receiver = receiver;
        this.catchUp = catchUp;
        this.commands = commands;
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

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.deferEdit().queue(null, e -> log.warn("could not acknowledge a Discord button press: {}", e.toString()));
        ButtonPress press = new ButtonPress(
                Messages.chat(event.getChannelId()),
                event.getMessageId(),
                event.getUser().getId(),
                event.getComponentId());
        String interaction = event.getId();
        submit(() -> {
            try {
                receiver.pressed(press, interaction);
            } catch (RuntimeException e) {
                log.error("a Discord button press could not be handled", e);
            }
        });
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String line = SlashCommands.line(event);
        String channel = event.getChannelId();
        String user = event.getUser().getId();
        String name = Messages.name(event.getUser(), event.getMember());
        event.reply(OutText.escape(line))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setEphemeral(!receiver.serves(channel))
                .flatMap(InteractionHook::retrieveOriginal)
                .queue(
                        echo -> submit(() -> {
                            try {
                                receiver.command(channel, echo.getId(), user, name, line);
                            } catch (RuntimeException e) {
                                log.error("the Discord command {} could not be handled", line, e);
                            }
                        }),
                        e -> log.warn("could not answer the Discord command {}: {}", line, e.toString()));
    }

    /** Runs a step; after a failure, live messages wait for a catch-up from the history. */
    private void run(JDA jda, Runnable step) {
        submit(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error(
                        "a Discord message could not be handled; reading the history again in {} s", RETRY_SECONDS, e);
                behind = true;
                later(() -> catchUpNow(jda));
            }
        });
    }

    private void catchUp(JDA jda) {
        submit(() -> catchUpNow(jda));
    }

    private void catchUpNow(JDA jda) {
        try {
            catchUp.run(jda);
            behind = false;
        } catch (RuntimeException e) {
            if (worker.isShutdown()) return; // stopping: the next start reads it
            log.error("the Discord history could not be read; trying again in {} s", RETRY_SECONDS, e);
            behind = true;
            later(() -> catchUpNow(jda));
        }
    }

    /** Runs a step on the worker; once stopping, nothing more is taken (a catch-up at the next start reads it). */
    private void submit(Runnable step) {
        try {
            worker.execute(step);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: a Discord event is left to the next start");
        }
    }

    private void later(Runnable step) {
        try {
            worker.schedule(step, RETRY_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: the catch-up is left to the next start");
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
