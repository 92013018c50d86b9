package org.receptionbot.adapters.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord does not replay what was said while the bot was away: reads each served channel's history
 * after the last message handled and hands what was missed to the {@link Receiver}, in order. A
 * channel the bot has never read is marked at its newest message: what came before the bot is not
 * the bot's.
 */
final class CatchUp {
    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final int PAGE = 100;

    private final Receiver receiver;
    private final Set<String> served;

    CatchUp(Receiver receiver, Set<String> served) {
        this.receiver = receiver;
        this.served = served;
    }

    /**
     * Marks each served channel the bot has never read at its newest message as of the gateway's
     * READY. Runs on JDA's thread in the READY event, before any later message can move a channel's
     * newest message.
     */
    void markNew(JDA jda) {
        for (String id : served) {
            GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
            if (channel != null && !receiver.everHandled(id)) {
                receiver.markHandled(id, Long.toUnsignedString(channel.getLatestMessageIdLong()));
            }
        }
    }

    /** Reads every served channel; throws when a channel's history cannot be read or handled. */
    void run(JDA jda) {
        for (String id : served) {
            GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
            if (channel == null) {
                log.warn("Discord channel {} of the event file is not visible to the bot; invite the bot to it", id);
                continue;
            }
            read(channel);
        }
    }

    private void read(GuildMessageChannel channel) {
        String id = channel.getId();
        if (!receiver.everHandled(id)) return;
        long last = receiver.lastHandled(id);
        int read = 0;
        while (true) {
            List<Message> page = channel.getHistoryAfter(last, PAGE).complete().getRetrievedHistory().stream()
                    .sorted(Comparator.comparingLong(Message::getIdLong))
                    .toList();
            for (Message message : page) receiver.said(message);
            read += page.size();
            if (page.size() < PAGE) break;
            last = page.get(page.size() - 1).getIdLong();
        }
        if (read > 0) log.info("Discord channel {}: {} message(s) said while the bot was away were read", id, read);
    }
}
