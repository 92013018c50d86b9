package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;

/**
 * A team leaving as lunch is served, lunch said eaten in the same message: it is counted for the team, not 0 for a
 * team gone. Leaving long before it, or lunch not eaten, changes nothing of that. On the conference sample (北京 5),
 * read by the real parser.
 */
class MealEatenBeforeDepartureTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-12-10");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @ParameterizedTest
    @ValueSource(strings = {"北京明天中午12点走 5个人 CA1354 早饭午饭都吃", "北京明天中午12点走 全团 CA1354 午饭照常吃", "北京明天11点半走 午饭都吃"})
    void lunchSaidEatenBesideLeavingAtItsStartIsCounted(String text) {
        String answer = f.answerTo("beijing", "2026-12-09T20:00", text);

        assertThat(answer).doesNotContain("已离会");
        assertThat(f.diners(LAST_DAY, "LUNCH", "beijing")).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京明天中午12点走 全团 午饭不吃了", "北京明天上午9点走 全团 午饭都吃"})
    void lunchNotEatenOrLeavingLongBeforeIsNotCounted(String text) {
        f.answerTo("beijing", "2026-12-09T20:00", text);

        assertThat(f.diners(LAST_DAY, "LUNCH", "beijing")).isZero();
    }
}
