package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.COORDINATORS;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

/** What the bot says waits in Redis until Discord takes it: through server errors and restarts. */
class DurableAnsweringIT {
    static final Duration WAIT = Duration.ofSeconds(40);
    static final ChatRef CHAT = new ChatRef("discord", Long.toString(COORDINATORS));

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    @Test
    void anAnswerQueuedWhileDiscordFailsIsDeliveredOnceAfterItRecovers() throws InterruptedException {
        rig.discord.failPosts(true);

        rig.adapter.outbox().send(Reply.text(CHAT, null, "【报餐截止】午餐"));

        await().atMost(WAIT).until(() -> rig.discord.serverErrors() >= 2);
        assertThat(rig.discord.posted(COORDINATORS)).isEmpty();
        rig.discord.failPosts(false);
        // A chat's items go in order: once a later one is posted, a repeat of the first would be too.
        rig.adapter.outbox().send(Reply.text(CHAT, null, "此后"));
        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() >= 2);
        assertThat(rig.discord.posted(COORDINATORS))
                .extracting(FakeDiscord.Posted::content)
                .containsExactly("【报餐截止】午餐", "此后");
    }

    @Test
    void answersQueuedAtAStopAreDeliveredAfterTheRestartOnceInOrder() throws InterruptedException {
        rig.discord.failPosts(true);
        for (int i = 1; i <= 3; i++) rig.adapter.outbox().send(Reply.text(CHAT, null, "提醒" + i));
        await().atMost(WAIT).until(() -> rig.discord.serverErrors() >= 1);
        rig.stop();
        rig.discord.failPosts(false);

        rig.start();

        rig.adapter.outbox().send(Reply.text(CHAT, null, "此后"));
        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() >= 4);
        assertThat(rig.discord.posted(COORDINATORS))
                .extracting(FakeDiscord.Posted::content)
                .containsExactly("提醒1", "提醒2", "提醒3", "此后");
    }
}
