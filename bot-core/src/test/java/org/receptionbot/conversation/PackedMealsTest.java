package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.record.IssueCategory;

/**
 * Packed portions for part of a team are a meal matter for the coordinators and the caterer, not the
 * meal's count; for the whole team they are its count. On the games sample (湖南 35), read by the real parser.
 */
class PackedMealsTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void packedPortionsForPartOfATeamAreFiledAsAMealMatterAndLeaveTheCount() {
        String answer = f.answerTo("hunan", "2026-11-23T09:00", "另外明早早餐6点半要打包8份");

        assertThat(answer).contains("问题#1 【餐饮】湖南省代表团：明早早餐6点半要打包8份").doesNotContain("报餐8人");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
    }

    @Test
    void theOtherFiguresOfTheMessageAreRecordedBesideThePackedRequest() {
        String answer = f.answerTo("hunan", "2026-11-23T09:00", "今晚吃饭的32个 另外明早早餐6点半要打包8份");

        assertThat(answer).contains("晚餐 报餐32人").contains("【餐饮】");
        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(32);
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
    }
}
