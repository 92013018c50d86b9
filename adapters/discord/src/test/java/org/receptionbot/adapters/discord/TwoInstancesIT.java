package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.COORDINATORS;
import static org.receptionbot.adapters.discord.DiscordRig.GROUP;
import static org.receptionbot.adapters.discord.DiscordRig.LI_NA;
import static org.receptionbot.adapters.discord.DiscordRig.WANG;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.testing.CoreWiring;

/** Two instances on one Redis: one holds the gateway and sends for both; the other takes over. */
class TwoInstancesIT {
    static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    DiscordAdapter second;

    @BeforeEach
    void startSecond() {
        second = DiscordAdapter.create(rig.settings(), rig.redis, Clock.systemUTC());
        second.start(CoreWiring.inMemory(rig.event, rig.ledger, second.outbox(), Clock.systemUTC())
                .dialogue(rig.inbound, new MessageParser(rig.event)::parse, null, null));
    }

    @AfterEach
    void stopSecond() {
        second.close();
    }

    @Test
    void oneInstanceHoldsTheGatewayAndSendsWhatBothQueue() throws InterruptedException {
        assertThat(rig.adapter.holdsGateway()).isTrue();
        assertThat(second.holdsGateway()).isFalse();

        long report = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        second.outbox().send(Reply.text(new ChatRef("discord", Long.toString(COORDINATORS)), null, "【报餐截止】午餐"));

        await().atMost(WAIT)
                .until(() -> rig.discord.posted(GROUP).size() == 1
                        && rig.discord.posted(COORDINATORS).size() == 1);
        // A chat's items go in order: once a later one is posted, a repeat of the first would be too.
        second.outbox().send(Reply.text(new ChatRef("discord", Long.toString(GROUP)), null, "此后"));
        second.outbox().send(Reply.text(new ChatRef("discord", Long.toString(COORDINATORS)), null, "此后"));
        await().atMost(WAIT)
                .until(() -> rig.discord.posted(GROUP).size() >= 2
                        && rig.discord.posted(COORDINATORS).size() >= 2);
        assertThat(rig.discord.posted(GROUP))
                .extracting(FakeDiscord.Posted::replyTo)
                .containsExactly(Long.toString(report), null);
        assertThat(rig.discord.posted(COORDINATORS))
                .extracting(FakeDiscord.Posted::content)
                .containsExactly("【报餐截止】午餐", "此后");
        assertThat(rig.discord.gatewaySessions()).isEqualTo(1);
    }

    @Test
    void whenTheHolderStopsTheOtherConnectsCatchesUpAndAnswersOnce() throws InterruptedException {
        long before = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);

        rig.stop();
        long missed = rig.discord.sayWhileAway(GROUP, WANG, "王强", "贵州团明天早餐少4人");

        await().atMost(WAIT).until(second::holdsGateway);
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 2);
        second.outbox().send(Reply.text(new ChatRef("discord", Long.toString(GROUP)), null, "此后"));
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() >= 3);
        assertThat(rig.discord.posted(GROUP))
                .extracting(FakeDiscord.Posted::replyTo)
                .containsExactly(Long.toString(before), Long.toString(missed), null);
        assertThat(rig.discord.gatewaySessions()).isEqualTo(2);
    }

    @Test
    void aHolderWhoseConnectionDiscordShutDownGivesTheGatewayUp() {
        assertThat(rig.adapter.holdsGateway()).isTrue();

        rig.discord.refuseIntent(); // the reconnect is refused for good (4014)
        rig.discord.dropConnection();

        await().atMost(WAIT).until(() -> !rig.adapter.holdsGateway());
        // the other instance took the lease and tried; Discord refuses it too
        await().atMost(WAIT)
                .until(() -> !Boolean.TRUE.equals(rig.redis.hasKey(Keys.gatewayLease())) || second.holdsGateway());
        assertThat(second.holdsGateway()).isFalse();
    }
}
