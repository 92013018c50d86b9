package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * A bare day ("明天", "是后天", "29号") answering the bot's "请问是哪一天？" is the day of the statement asked about, even
 * when that statement does not read again with the day put before it; the bot never stays silent to it.
 */
class BareDayAnswersTest {
    private static final String STATEMENT = "那几个人下午3点走 坐G1234";

    private static ConversationFixture asked() {
        ConversationFixture f = new ConversationFixture(SampleEvents.games());
        Departure draft = new Departure("guizhou", null, LocalTime.of(15, 0), 5, "G1234");
        f.reads(STATEMENT, new ParseOutcome.Incomplete(List.of(), List.of(new Gap(Gap.Field.DATE, draft, STATEMENT))));
        assertThat(f.answerTo("guizhou", "2026-11-27T20:10", STATEMENT)).contains("请问是哪一天");
        return f;
    }

    @ParameterizedTest
    @CsvSource({"明天,2026-11-28", "是明天,2026-11-28", "后天,2026-11-29", "29号,2026-11-29", "明天的,2026-11-28"})
    void theBareDayDatesTheDraft(String reply, String day) {
        ConversationFixture f = asked();

        String answer = f.answerTo("guizhou", "2026-11-27T20:11", reply);

        assertThat(answer).contains("已记录", "15:00", "G1234");
        assertThat(f.movementsOf("guizhou"))
                .containsExactly(new Departure("guizhou", LocalDate.parse(day), LocalTime.of(15, 0), 5, "G1234"));
    }

    @Test
    void aReplySayingMoreThanADayDoesNotDateTheDraft() {
        ConversationFixture f = asked();

        f.say("guizhou", "2026-11-27T20:11", "明天再说吧 还没定");

        assertThat(f.movementsOf("guizhou")).isEmpty();
    }
}
