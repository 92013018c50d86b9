package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * Trial 52's 江西: a reply to the 【离会确认】 that says the people but is asked its day ("江西确认 7点走 要用车送机场
 * 2个人" → "请问是哪一天？") is completed by the answer with its count and time, never as the whole team; the conference
 * sample, read by the real parser.
 */
class CountBesideDayQuestionTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    @ParameterizedTest
    @CsvSource({
        "jiangxi,江西确认 7点走 要用车送机场 2个人,明天,2026-12-09,2",
        "jiangxi,江西确认 7点走 要用车送机场 2个人,明天早上,2026-12-09,2",
        "jiangxi,江西确认 7点走 要用车送机场 2个人,10号,2026-12-10,2",
        "jiangxi,江西确认 7点走 要用车送机场 2个人,周四,2026-12-10,2",
    })
    void theAnswerKeepsTheCountTheMessageSaid(String team, String said, String reply, String day, int count) {
        assertThat(f.answerTo(team, "2026-12-08T20:15", said)).contains("哪一天");

        String answer = f.answerTo(team, "2026-12-08T20:16", reply);

        assertThat(answer).contains("离开 " + count + "人").doesNotContain("全团");
        assertThat(f.movementsOf(team)).singleElement().satisfies(m -> {
            assertThat(m).isInstanceOf(Departure.class);
            assertThat(m.date()).isEqualTo(LocalDate.parse(day));
            assertThat(m.count()).isEqualTo(count);
            assertThat(((Movement) m).time()).hasToString("07:00");
        });
    }

    @ParameterizedTest
    @CsvSource({"jiangxi,江西确认 7点走,明天", "jiangxi,江西确认 7点走 要用车送机场,明天"})
    void noPeopleSaidIsStillTheWholeTeam(String team, String said, String reply) {
        assertThat(f.answerTo(team, "2026-12-08T20:15", said)).contains("哪一天");

        f.answerTo(team, "2026-12-08T20:16", reply);

        assertThat(f.movementsOf(team))
                .singleElement()
                .satisfies(m -> assertThat(m.count()).isNull());
    }
}
