package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.PartOfDay;

/**
 * After a meal's figure and a space, people said with 有 (明天有8个人下午先走, 有个小孩发烧了) open a statement of
 * their own: the meal is recorded, and the movement keeps the part of the day said with it.
 */
class PeopleAfterMealFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-22T14:35");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theDinnerAndTheLeaversWithTheirOwnAfternoon() {
        PARSER.check("新疆晚上47 明天有8个人下午先走 坐D2282", "xinjiang")
                .records(
                        new MealCount("xinjiang", TODAY, "DINNER", 47),
                        new Departure("xinjiang", TODAY.plusDays(1), null, 8, "D2282", PartOfDay.AFTERNOON));
    }

    @Test
    void thePartOfTheDaySaidBeforeTheLeaversIsTheirs() {
        PARSER.check("江苏晚饭31 明天下午有4个人先走", "jiangsu")
                .records(
                        new MealCount("jiangsu", TODAY, "DINNER", 31),
                        new Departure("jiangsu", TODAY.plusDays(1), null, 4, null, PartOfDay.AFTERNOON));
    }

    @Test
    void theDinnerBesideAChildsFever() {
        PARSER.check("福建晚饭32 有个小孩发烧了 38度5 需要医生", "fujian")
                .thenRecords()
                .hasSize(2)
                .first()
                .isEqualTo(new MealCount("fujian", TODAY, "DINNER", 32));
        assertThat(PARSER.read("福建晚饭32 有个小孩发烧了 38度5 需要医生", "fujian").records().get(1))
                .isInstanceOfSatisfying(
                        Issue.class, i -> assertThat(i.category()).isEqualTo(IssueCategory.HEALTH));
    }

    @Test
    void someOfThemIsNoPerson() {
        PARSER.check("湖北晚饭56 有个别队员不回来吃", "hubei").records(new MealCount("hubei", TODAY, "DINNER", 56));
    }
}
