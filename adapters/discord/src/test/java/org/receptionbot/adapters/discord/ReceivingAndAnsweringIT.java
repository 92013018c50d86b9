package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.GROUP;
import static org.receptionbot.adapters.discord.DiscordRig.LI_NA;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A liaison's message in a served channel, through the core, and the answer posted under it. */
class ReceivingAndAnsweringIT {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    DiscordRig rig;

    @BeforeEach
    void start() {
        rig = new DiscordRig(dir);
        rig.start();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aReportIsRecordedAndAnsweredUnderTheMessage() {
        long id = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团今晚少5人");

        await().atMost(WAIT).until(() -> !rig.discord.posted(GROUP).isEmpty());
        FakeDiscord.Posted answer = rig.discord.posted(GROUP).get(0);
        assertThat(answer.content()).startsWith("已记录：湖南省代表团").contains("减少5人");
        assertThat(answer.replyTo()).isEqualTo(Long.toString(id));
        assertThat(answer.buttonIds()).hasSize(1);
        assertThat(answer.allowedMentions().getArray("parse").length()).isZero();
        assertThat(rig.ledger.activeEntriesOf("discord:500:" + id)).hasSize(1);
    }
}
