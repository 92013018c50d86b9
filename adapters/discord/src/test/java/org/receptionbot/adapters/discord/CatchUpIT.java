package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.GROUP;
import static org.receptionbot.adapters.discord.DiscordRig.LI_NA;
import static org.receptionbot.adapters.discord.DiscordRig.WANG;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What was said while the bot was down is read from the history after it starts, in order, once. */
class CatchUpIT {
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    @Test
    void messagesSaidWhileTheBotWasDownAreHandledAfterItStartsOnce() {
        long before = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);
        rig.stop();

        long first = rig.discord.sayWhileAway(GROUP, LI_NA, "李娜", "湖南团明天午餐少2人");
        long second = rig.discord.sayWhileAway(GROUP, WANG, "王强", "贵州团明天早餐少4人");
        rig.start();

        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 3);
        assertThat(rig.discord.posted(GROUP).get(1).replyTo()).isEqualTo(Long.toString(first));
        assertThat(rig.discord.posted(GROUP).get(2).replyTo()).isEqualTo(Long.toString(second));

        // A later message is answered, and nothing before it again: the history is read once.
        long after = rig.discord.say(GROUP, WANG, "王强", "贵州团明天晚餐少1人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() >= 4);
        assertThat(rig.discord.posted(GROUP)).hasSize(4);
        assertThat(rig.discord.posted(GROUP).get(3).replyTo()).isEqualTo(Long.toString(after));
        assertThat(rig.discord.posted(GROUP))
                .filteredOn(p -> p.replyTo().equals(Long.toString(before)))
                .hasSize(1);
    }

    @Test
    void aChannelNeverReadBeforeStartsAfterItsNewestMessage() {
        rig.stop();
        rig.redis.delete(Keys.lastHandled(Long.toString(GROUP)));
        rig.discord.sayWhileAway(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        rig.start();

        long now = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天午餐少2人");
        await().atMost(WAIT).until(() -> !rig.discord.posted(GROUP).isEmpty());
        assertThat(rig.discord.posted(GROUP)).hasSize(1);
        assertThat(rig.discord.posted(GROUP).get(0).replyTo()).isEqualTo(Long.toString(now));
    }

    @Test
    void afterALostConnectionWhatWasSaidMeanwhileIsReadOnce() {
        rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);

        rig.discord.dropConnection();
        long meanwhile = rig.discord.sayWhileAway(GROUP, WANG, "王强", "贵州团明天早餐少4人");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rig.discord.posted(GROUP).size() == 2);
        assertThat(rig.discord.posted(GROUP).get(1).replyTo()).isEqualTo(Long.toString(meanwhile));
        long after = rig.discord.say(GROUP, WANG, "王强", "贵州团明天晚餐少1人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() >= 3);
        assertThat(rig.discord.posted(GROUP)).hasSize(3);
        assertThat(rig.discord.posted(GROUP).get(2).replyTo()).isEqualTo(Long.toString(after));
    }
}
