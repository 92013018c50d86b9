package org.receptionbot.adapters.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;
import org.receptionbot.adapters.outbox.ChatSender;
import org.receptionbot.adapters.outbox.Delivery;
import org.receptionbot.adapters.outbox.Outcome;
import org.receptionbot.adapters.outbox.SendLimits;

/**
 * Discord's side of the outbox: each delivery as one REST call through the connected JDA, and
 * Discord's limits: {@value OutText#LIMIT} characters a message, about five messages per five
 * seconds in a channel, 50 calls a second for the bot. A 429 is not waited out here but answered as
 * {@link Outcome.RetryAfter}; an unknown channel or missing access is {@link Outcome.Refused}.
 * Without a connection (an instance that does not hold the gateway) every call is {@link
 * Outcome.Failed}.
 */
final class DiscordSender implements ChatSender {
    static final SendLimits LIMITS = new SendLimits(Duration.ofSeconds(1), 60, 50, OutText.LIMIT);

    private final JDA jda;

    /** @param jda the connection to call through, or null for an instance that only queues */
    DiscordSender(JDA jda) {
        this.jda = jda;
    }

    @Override
    public String platform() {
        return DiscordAdapter.PLATFORM;
    }

    @Override
    public SendLimits limits() {
        return LIMITS;
    }

    @Override
    public String format(String plain) {
        return OutText.escape(plain);
    }

    @Override
    public Outcome send(Delivery delivery) {
        if (jda == null) return new Outcome.Failed("this instance does not hold the Discord gateway");
        GuildMessageChannel channel =
                isSnowflake(delivery.chat()) ? jda.getChannelById(GuildMessageChannel.class, delivery.chat()) : null;
        if (channel == null) return new Outcome.Refused(10003, "the bot does not see channel " + delivery.chat());
        try {
            if (delivery instanceof Delivery.Message m) return sent(call(channel, m));
            if (delivery instanceof Delivery.Document d) return sent(call(channel, d));
            return mark(channel, (Delivery.Mark) delivery);
        } catch (RateLimitedException e) {
            return new Outcome.RetryAfter(Duration.ofMillis(Math.max(0, e.getRetryAfter())));
        } catch (ErrorResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code;
            if (status >= 400 && status < 500 && status != 401 && status != 429) {
                return new Outcome.Refused(e.getErrorCode(), status + " " + e.getMeaning());
            }
            return new Outcome.Failed(status + " " + e.getMeaning());
        } catch (InsufficientPermissionException e) {
            return new Outcome.Refused(50013, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome.Failed(String.valueOf(e));
        }
    }

    private static Message call(GuildMessageChannel channel, Delivery.Message m) throws RateLimitedException {
        MessageCreateAction action = channel.sendMessage(m.text());
        if (!m.buttons().isEmpty()) action = action.setComponents(rows(m.buttons()));
        return replying(action, m.replyTo()).complete(false);
    }

    private static Message call(GuildMessageChannel channel, Delivery.Document d) throws RateLimitedException {
        MessageCreateAction action = channel.sendFiles(FileUpload.fromData(d.content(), d.fileName()));
        if (d.caption() != null) action = action.setContent(shortened(OutText.escape(d.caption())));
        return replying(action, d.replyTo()).complete(false);
    }

    private static Outcome mark(GuildMessageChannel channel, Delivery.Mark m) throws RateLimitedException {
        if (!isSnowflake(m.messageId()))
            return new Outcome.Refused(10008, "not a Discord message id: " + m.messageId());
        channel.addReactionById(m.messageId(), Emoji.fromUnicode(m.sign())).complete(false);
        return new Outcome.Sent(null);
    }

    /** Mentions off, and the answered message referenced when it is one of Discord's. */
    private static MessageCreateAction replying(MessageCreateAction action, String replyTo) {
        action = action.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (!isSnowflake(replyTo)) return action;
        return action.setMessageReference(replyTo).failOnInvalidReply(false).mentionRepliedUser(false);
    }

    private static Outcome sent(Message message) {
        return new Outcome.Sent(message.getId());
    }

    private static String shortened(String caption) {
        return caption.length() <= OutText.LIMIT ? caption : caption.substring(0, OutText.LIMIT - 1) + "…";
    }

    private static List<ActionRow> rows(List<org.receptionbot.chat.Button> buttons) {
        return ActionRow.partitionOf(buttons.stream()
                .map(b -> Button.secondary(b.action(), b.label()))
                .toList());
    }

    static boolean isSnowflake(String id) {
        return id != null && !id.isEmpty() && id.length() <= 20 && id.chars().allMatch(Character::isDigit);
    }
}
