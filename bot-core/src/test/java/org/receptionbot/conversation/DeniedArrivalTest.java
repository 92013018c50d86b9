package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/** A liaison denying that their delegation arrived today takes back today's arrival recorded for it; real parser. */
class DeniedArrivalTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private void arrivalRecordedToday() {
        f.answerTo("hunan-li", "2026-11-22T10:00", "湖南今天下午5点到 35人");
        assertThat(f.ledger.activeMovements()).hasSize(1);
    }

    @Test
    void notArrivedTodayButLongAgoWithdrawsTodaysArrival() {
        arrivalRecordedToday();

        String answer = f.answerTo("hunan-li", "2026-11-22T10:05", "不对 我们不是今天到的 早就到了");

        assertThat(answer).contains("已删除").doesNotContain("已记录");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void otherWordingsOfTheDenialWithdrawToo() {
        for (String said : new String[] {"搞错了 湖南早就到了", "我们不是今天才到的，前几天就来了", "不是刚到的 老早到了"}) {
            ConversationFixture g = ConversationFixture.parsing(EVENT);
            g.answerTo("hunan-li", "2026-11-22T10:00", "湖南今天下午5点到 35人");

            assertThat(g.answerTo("hunan-li", "2026-11-22T10:05", said))
                    .as(said)
                    .contains("已删除");
            assertThat(g.ledger.activeMovements()).as(said).isEmpty();
        }
    }

    @Test
    void aDenialWithNoArrivalOfTodayRecordsNoArrival() {
        String answer = f.answerTo("hunan-li", "2026-11-22T10:05", "不对 我们不是今天到的 早就到了");

        assertThat(answer).doesNotContain("已删除").doesNotContain("已记录");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void anArrivalOnAnotherDaySaidInPlaceIsNoDenial() {
        arrivalRecordedToday();

        f.answerTo("hunan-li", "2026-11-22T10:05", "不对 不是今天到的 是明天下午3点到");

        assertThat(f.ledger.activeMovements()).hasSize(1);
        assertThat(f.ledger.activeMovements().get(0).record().toString()).contains("2026-11-23");
    }
}
