package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Departure;

/**
 * Undoing a message that took the place of an earlier one's records puts those back: the departure moved
 * to another hour returns to its first hour. (A figure corrected by "不对，是29人" is a new version of the
 * report it corrects, and an undo takes back the report.) On the games sample, read by the real parser.
 */
class UndoOfAReplacementTest {
    private static final Event EVENT = SampleEvents.games();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(EVENT, parser::parse);

    @Test
    void undoingAMovedDepartureGivesBackTheDepartureItMoved() {
        f.say("hebei", "2026-11-23T09:00", "我们10个人明早6点走");
        f.say("hebei", "2026-11-23T19:00", "河北那10个人改成明早5点半走了");

        String undone = f.answerTo("hebei", "2026-11-23T19:01", "撤销");

        assertThat(undone).startsWith("已撤销：").contains("已恢复：河北省代表团 11月24日（周二）06:00 离开 10人");
        assertThat(f.ledger.activeMovements().stream().map(Entry::record))
                .containsExactly(
                        new Departure("hebei", LocalDate.parse("2026-11-24"), LocalTime.parse("06:00"), 10, null));
    }

    @Test
    void theEarlierMessageRepliedToCanStillBeUndoneAfterItsDepartureCameBack() {
        f.say("hebei", "2026-11-23T09:00", "我们10个人明早6点走");
        f.say("hebei", "2026-11-23T19:00", "河北那10个人改成明早5点半走了");
        f.say("hebei", "2026-11-23T19:01", "撤销");

        f.replyTo("hebei", "2026-11-23T19:02", "撤销", "m1");

        assertThat(f.lastTo(ConversationFixture.GROUP).text()).startsWith("已撤销：河北省代表团 11月24日（周二）06:00 离开 10人");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }
}
