package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.parse.MessageParser;

/** 不对/错了/更正 with a figure, said on its own, corrects the sender's last report; read by the real parser. */
class ShortCorrectionsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(EVENT, new MessageParser(EVENT)::parse);

    private String ask(String at, String text) {
        return f.answerTo("hunan-li", at, text);
    }

    private int hunanDinner() {
        return f.core.meals
                .count(SUNDAY, EVENT.meal("DINNER").orElseThrow(), "hunan")
                .diners();
    }

    @Test
    void aCorrectionWithItsDirectionKeepsTheReductionAndItsMeal() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();

        String answer = ask("2026-11-22T09:01", "不对 是少4个");

        assertThat(answer).startsWith("已更正：").contains("晚餐").contains("减少4人").doesNotContain("哪一餐");
        assertThat(hunanDinner()).isEqualTo(before - 1);
    }

    @Test
    void theReadmesCorrectionFormCorrectsTheLastReductionEvenWithAQuestionOpen() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();
        f.say("hunan-li", "2026-11-22T09:01", "再少几个");

        String answer = ask("2026-11-22T09:02", "不对，是4人");

        assertThat(answer).startsWith("已更正：").contains("减少4人").doesNotContain("没能看懂");
        assertThat(hunanDinner()).isEqualTo(before - 1);
    }

    @Test
    void 错了AndCorrectWithAFigureCorrectToo() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();

        assertThat(ask("2026-11-22T09:01", "错了，4个")).startsWith("已更正：").contains("减少4人");
        assertThat(ask("2026-11-22T09:02", "更正：少5人")).startsWith("已更正：").contains("减少5人");
        assertThat(hunanDinner()).isEqualTo(before - 2);
    }
}
