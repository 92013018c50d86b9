package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.GROUP;
import static org.receptionbot.adapters.discord.DiscordRig.LI_NA;
import static org.receptionbot.adapters.discord.DiscordRig.OTHER;
import static org.receptionbot.adapters.discord.DiscordRig.WANG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.MealCancel;

/** A liaison's message in a served channel, through the core, and the answer posted under it. */
class ReceivingAndAnsweringIT {
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    @Test
    void aReportIsRecordedAndAnsweredUnderTheMessage() {
        long id = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");

        await().atMost(WAIT).until(() -> !rig.discord.posted(GROUP).isEmpty());
        FakeDiscord.Posted answer = rig.discord.posted(GROUP).get(0);
        assertThat(answer.content()).startsWith("已记录：湖南省代表团").contains("减少5人");
        assertThat(answer.replyTo()).isEqualTo(Long.toString(id));
        assertThat(answer.buttonIds()).hasSize(1);
        assertThat(answer.allowedMentions().getArray("parse").length()).isZero();
        assertThat(rig.ledger.activeEntriesOf(ref(id))).hasSize(1);
    }

    @Test
    void anEditReplacesTheRecordsAndADeleteWithdrawsThem() {
        long id = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);

        rig.discord.edit(GROUP, id, "湖南团明天晚餐少3人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 2);
        assertThat(rig.discord.posted(GROUP).get(1).content()).contains("3人");
        List<Entry> entries = rig.ledger.activeEntriesOf(ref(id));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).record())
                .isInstanceOfSatisfying(
                        MealCancel.class, c -> assertThat(c.count()).isEqualTo(3));

        rig.discord.delete(GROUP, id);
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 3);
        assertThat(rig.discord.posted(GROUP).get(2).content()).isEqualTo("消息已删除，原记录已撤销。");
        assertThat(rig.ledger.activeEntriesOf(ref(id))).isEmpty();
    }

    @Test
    void aChannelTheEventFileDoesNotListIsIgnored() {
        rig.discord.say(OTHER, LI_NA, "李娜", "湖南团明天晚餐少5人");
        rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天午餐少2人");

        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);
        assertThat(rig.discord.posted(OTHER)).isEmpty();
        assertThat(rig.discord.posted(GROUP).get(0).content()).contains("午餐");
    }

    @Test
    void aPressIsAcknowledgedAtOnceRefusedToAnotherLiaisonAloneAndAcceptedForTheSender() {
        long id = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少5人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);
        FakeDiscord.Posted answer = rig.discord.posted(GROUP).get(0);
        String undo = answer.buttonIds().get(0);

        Instant pressed = Instant.now();
        String byWang = rig.discord.press(GROUP, answer.id(), WANG, "王强", undo);
        await().atMost(WAIT).until(() -> rig.discord.followUps().size() == 1);
        FakeDiscord.FollowUp refused = rig.discord.followUps().get(0);
        assertThat(refused.interactionId()).isEqualTo(byWang);
        assertThat(refused.content()).contains("只有发送人本人或协调组");
        assertThat(refused.ephemeral()).isTrue();
        assertThat(rig.discord.posted(GROUP)).hasSize(1);
        assertThat(rig.ledger.activeEntriesOf(ref(id))).hasSize(1);
        FakeDiscord.Callback ack = rig.discord.callbacks().get(0);
        assertThat(ack.interactionId()).isEqualTo(byWang);
        assertThat(ack.type()).isEqualTo(6); // deferred update: the press is taken, the message stays
        assertThat(Duration.between(pressed, ack.at())).isLessThan(Duration.ofSeconds(3));

        rig.discord.press(GROUP, answer.id(), LI_NA, "李娜", undo);
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 2);
        assertThat(rig.discord.posted(GROUP).get(1).content()).startsWith("已撤销：");
        assertThat(rig.discord.followUps()).hasSize(1);
        assertThat(rig.ledger.activeEntriesOf(ref(id))).isEmpty();
        // the press's acknowledgement is sent on JDA's own queue: it may reach the server after the answer is posted
        await().atMost(WAIT).until(() -> rig.discord.callbacks().size() == 2);
    }

    @Test
    void aPressDeliveredTwiceIsHandledOnce() {
        long id = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天午餐少2人");
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 1);
        FakeDiscord.Posted answer = rig.discord.posted(GROUP).get(0);

        String press = rig.discord.press(
                GROUP, answer.id(), LI_NA, "李娜", answer.buttonIds().get(0));
        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() == 2);
        rig.discord.deliverAgain(press);
        long later = rig.discord.say(GROUP, LI_NA, "李娜", "湖南团明天晚餐少1人");

        await().atMost(WAIT).until(() -> rig.discord.posted(GROUP).size() >= 3);
        assertThat(rig.discord.posted(GROUP)).hasSize(3);
        assertThat(rig.discord.posted(GROUP).get(2).replyTo()).isEqualTo(Long.toString(later));
        assertThat(rig.ledger.activeEntriesOf(ref(id))).isEmpty();
    }

    private static String ref(long id) {
        return "discord:" + GROUP + ":" + id;
    }
}
