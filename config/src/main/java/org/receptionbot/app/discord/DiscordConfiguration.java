package org.receptionbot.app.discord;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.adapters.discord.DiscordAdapter;
import org.receptionbot.app.ShutdownOrder;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Discord adapter, serving the event file's Discord channels once the application is up. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfigured.class)
class DiscordConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DiscordConfiguration.class);

    @Bean(destroyMethod = "close")
    DiscordAdapter discordAdapter(DiscordProperties discord, Event event, StringRedisTemplate redis, Clock clock) {
        Set<String> channels = event.chats().stream()
                .filter(c -> c.platform().equals(DiscordAdapter.PLATFORM))
                .map(c -> c.id())
                .collect(Collectors.toUnmodifiableSet());
        if (channels.isEmpty()) {
            log.warn("The event file lists no Discord channel (chats: platform: discord); every Discord message"
                    + " will be ignored. See the README, 'Run it in your Discord server'."
                    + " 活动文件未列出 Discord 频道（chats 中 platform: discord），所有 Discord 消息将被忽略；"
                    + "设置方法见 README“Run it in your Discord server”一节。");
        }
        return DiscordAdapter.create(discord.settings(channels), redis, clock);
    }

    /** Only the outbox's method: the adapter closes what is behind it. */
    @Bean
    Outbox discordOutbox(DiscordAdapter discord) {
        Outbox outbox = discord.outbox();
        return outbox::send;
    }

    /** Only the method: the files go through the same outbox as the answers. */
    @Bean
    Attachments discordAttachments(DiscordAdapter discord) {
        Attachments attachments = discord.attachments();
        return attachments::send;
    }

    /**
     * Closes the adapter in the chats' phase of the shutdown ({@link ShutdownOrder#CHATS}), after the timed jobs and
     * while Redis's connections still run, so that it gives the gateway lease up and another instance takes the
     * gateway at once. Closing it again when the bean is destroyed does nothing.
     */
    @Bean
    SmartLifecycle stopDiscordBeforeRedis(DiscordAdapter discord) {
        return ShutdownOrder.stopIn(ShutdownOrder.CHATS, discord::close);
    }

    @Bean
    ApplicationRunner startDiscord(DiscordAdapter discord, ObjectProvider<ChatHandler> handler) {
        return args -> discord.start(handler.getObject());
    }
}
