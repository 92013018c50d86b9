package org.receptionbot.adapters.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.receptionbot.chat.ButtonPress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses and slash commands. Each is acknowledged at once on JDA's thread (Discord allows
 * 3 s), then handled on the {@link Worker}: a press as a press (its refusal said to the presser
 * alone), a command as the command line it
 * stands for, under the bot's echo of that line.
 */
final class Interactions extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final Receiver receiver;
    private final Worker worker;

    Interactions(Receiver receiver, Worker worker) {
        this.receiver = receiver;
        this.worker = worker;
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
        InteractionHook hook = event.getHook();
        worker.submit(() -> {
            try {
                for (String refusal : receiver.pressed(press, interaction)) tellPresser(hook, refusal);
            } catch (RuntimeException e) {
                log.error("a Discord button press could not be handled", e);
            }
        });
    }

    /** Said to the presser alone, under the press: an ephemeral follow-up of the acknowledged press. */
    private static void tellPresser(InteractionHook hook, String text) {
        hook.sendMessage(OutText.escape(text))
                .setEphemeral(true)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .queue(null, e -> log.warn("could not tell the presser of a Discord button: {}", e.toString()));
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
                        echo -> worker.submit(() -> {
                            try {
                                receiver.command(channel, echo.getId(), user, name, line);
                            } catch (RuntimeException e) {
                                log.error("the Discord command {} could not be handled", line, e);
                            }
                        }),
                        e -> log.warn("could not answer the Discord command {}: {}", line, e.toString()));
    }
}
