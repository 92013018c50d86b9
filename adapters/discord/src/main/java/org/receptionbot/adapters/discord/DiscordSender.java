package org.receptionbot.adapters.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;

/**
 * Posts one part of a reply to a channel and says what Discord made of it. Discord's limits:
 * {@value OutText#LIMIT} characters a message (the parts are already split), five buttons a row;
 * JDA keeps the per-route and global rate limits and waits out a 429 itself unless {@code
 * queueOnRateLimit} is false, in which case the 429 is returned as {@link Outcome.RetryAfter}.
 */
final class DiscordSender {
    private final JDA jda;
    private final boolean queueOnRateLimit;

    DiscordSender(JDA jda, boolean queueOnRateLimit) {
        this.jda = jda;
        this.queueOnRateLimit = queueOnRateLimit;
    }

    Outcome send(String channelId, OutPart part) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) return new Outcome.Refused(404, "the bot does not see channel " + channelId);
        try {
            Message sent = action(channel, part).complete(queueOnRateLimit);
            return new Outcome.Sent(sent.getId());
        } catch (RateLimitedException e) {
            return new Outcome.RetryAfter(Duration.ofMillis(e.getRetryAfter()));
        } catch (ErrorResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code;
            if (status >= 400 && status < 500 && status != 401) {
                return new Outcome.Refused(status, e.getMeaning());
            }
            return new Outcome.Failed(status + " " + e.getMeaning());
        } catch (InsufficientPermissionException e) {
            return new Outcome.Refused(403, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome.Failed(String.valueOf(e));
        }
    }

    private static MessageCreateAction action(GuildMessageChannel channel, OutPart part) {
        MessageCreateAction action =
                channel.sendMessage(part.text()).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (isSnowflake(part.replyTo())) {
            action = action.setMessageReference(part.replyTo())
                    .failOnInvalidReply(false)
                    .mentionRepliedUser(false);
        }
        if (!part.buttons().isEmpty()) action = action.setComponents(rows(part.buttons()));
        return action;
    }

    private static List<ActionRow> rows(List<org.receptionbot.chat.Button> buttons) {
        List<Button> all = buttons.stream()
                .map(b -> Button.secondary(b.action(), b.label()))
                .toList();
        return ActionRow.partitionOf(all);
    }

    static boolean isSnowflake(String id) {
        return id != null && !id.isEmpty() && id.length() <= 20 && id.chars().allMatch(Character::isDigit);
    }
}
