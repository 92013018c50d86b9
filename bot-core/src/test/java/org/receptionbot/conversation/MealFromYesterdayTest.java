package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * A meal's figure said to be yesterday's ("兵团午饭和昨天一样"): taken from what yesterday's meal recorded, and said
 * so; asked, saying why, when yesterday has no figure of the delegation. Conference sample: 兵团 has 3 people.
 */
class MealFromYesterdayTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final LocalDate DAY_TWO = LocalDate.of(2026, 12, 9);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void yesterdaysReportedFigureIsRecordedForTodayAndTheAnswerSaysSo() {
        f.say("bingtuan", "2026-12-08T09:00", "午饭2人");

        String answer = f.answerTo("bingtuan", "2026-12-09T09:00", "兵团午饭和昨天一样");

        assertThat(answer).startsWith("已记录：").contains("12月9日（周三）午餐").endsWith("按昨天午餐（2人）记录。");
        assertThat(f.diners(DAY_TWO, "LUNCH", "bingtuan")).isEqualTo(2);
    }

    @Test
    void theFigureIsTodaysWhateverMealIsLikenedToYesterdays() {
        f.say("bingtuan", "2026-12-08T09:00", "晚饭2人");

        String answer = f.answerTo("bingtuan", "2026-12-09T09:00", "晚饭跟昨天一样");

        assertThat(answer).contains("12月9日（周三）晚餐").endsWith("按昨天晚餐（2人）记录。");
        assertThat(f.diners(DAY_TWO, "DINNER", "bingtuan")).isEqualTo(2);
        assertThat(f.diners(DAY_TWO.minusDays(1), "DINNER", "bingtuan")).isEqualTo(2);
    }

    @Test
    void withNoFigureYesterdayTheFigureIsAskedAndTheQuestionSaysWhy() {
        String answer = f.answerTo("bingtuan", "2026-12-09T09:00", "兵团午饭和昨天一样");

        assertThat(answer).isEqualTo("昨天午餐没有该团的报餐记录，无法照此记录。\n请问午餐用餐的是多少人？（“兵团午饭和昨天一样”，回复后记录）");
        assertThat(f.ledger.day(DAY_TWO).active()).isEmpty();
        f.say("bingtuan", "2026-12-09T09:01", "3人");
        assertThat(f.diners(DAY_TWO, "LUNCH", "bingtuan")).isEqualTo(3);
        assertThat(f.ledger.day(DAY_TWO).active()).hasSize(1);
    }
}
