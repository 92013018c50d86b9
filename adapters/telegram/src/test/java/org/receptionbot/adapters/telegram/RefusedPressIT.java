package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.telegram.PollingRig.GROUP;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.EventsAroundToday;
import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.InMemoryLedger;

/**
 * Trial 66 (T4): a liaison's press of the 撤销 under another liaison's answer, already undone, is refused in the
 * press's own pop-up (the callback's alert), not answered in the group; its sender's own second press is still told
 * there is nothing left to undo, in the group. The core's real dialogue, over the local fake Bot API.
 */
class RefusedPressIT {
    private static final long HUNAN = 2001;
    private static final long GUIZHOU = 2002;

    private final List<Reply> group = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final PollingRig rig = new PollingRig(
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            redis -> CoreWiring.inMemory(
                            event(),
                            new InMemoryLedger(),
                            reply -> {
                                if (!this.rig.refusals.takes(reply)) group.add(reply);
                            },
                            Clock.systemUTC())
                    .dialogue(new InMemoryInboundLog(), new MessageParser(event())::parse, null, null));

    @Test
    void anotherLiaisonsPressOfAnUndoneAnswerIsRefusedInItsPopUp() {
        rig.api.offer(FakeUpdates.message(GROUP, 1, GUIZHOU, "王强", "贵州明天晚饭少3个"));
        await().atMost(Duration.ofSeconds(20)).until(() -> group.size() == 1);
        assertThat(group.get(0).text()).contains("减少3人");

        rig.api.offer(FakeUpdates.press(GROUP, 101, GUIZHOU, "王强", "undo:1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> group.size() == 2);
        assertThat(group.get(1).text()).startsWith("已撤销");

        rig.api.offer(FakeUpdates.press(GROUP, 101, HUNAN, "李娜", "undo:1"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rig.api.calls("answerCallbackQuery").size() == 2);
        FakeBotApi.Call refused = rig.api.calls("answerCallbackQuery").get(1);
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).isEqualTo("抱歉，只有发送人本人或协调组可以撤销这条记录。");
        assertThat(group).hasSize(2);

        // its own sender pressing it again (under another answer of the bot) is told so in the group, as before
        rig.api.offer(FakeUpdates.press(GROUP, 102, GUIZHOU, "王强", "undo:1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> group.size() == 3);
        assertThat(group.get(2).text()).isEqualTo("没有可以撤销的记录（可能已经撤销过）。");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rig.api.calls("answerCallbackQuery").size() == 3);
        assertThat(rig.api.calls("answerCallbackQuery").get(2).param("show_alert"))
                .isNull();
    }

    private static Event event() {
        return EventsAroundToday.read(RefusedPressIT.class, "/events/telegram-event.yml");
    }
}
