package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A meal's estimate beside another meal's figure is asked, never given that figure; people of a meal said away
 * with 有 before the meal's own figure are its reason, no count; a group pointed back at by its earlier count names
 * no meal; a delegation's bus arriving with its people is the bus's head count.
 */
class EstimatesAndPeopleAwayTest {
    private static final ParserFixture AT_0800 = ParserFixture.of(TestEvents.reference(), "2026-11-23T08:00");
    private static final ParserFixture AT_0930 = AT_0800.at("2026-11-23T09:30");

    private static List<String> meals(ParseOutcome o) {
        return o.records().stream()
                .filter(r -> r instanceof MealCount)
                .map(r -> ((MealCount) r).meal() + " " + ((MealCount) r).count())
                .toList();
    }

    private static List<String> asked(ParseOutcome o) {
        return o instanceof ParseOutcome.Incomplete i
                ? i.gaps().stream().map(Gap::statement).toList()
                : List.of();
    }

    @Test
    void anEstimatedLunchBesideADinnerFigureIsAskedAndOnlyTheDinnerIsRecorded() {
        for (String text : List.of("福建中午二十来个 晚上32", "中午二十七八个 晚上32", "中午三十左右 晚上32", "中午差不多30 晚上32")) {
            ParseOutcome o = AT_0930.read(text, "fujian");

            assertThat(meals(o)).as(text).containsExactly("DINNER 32");
            assertThat(asked(o)).as(text).hasSize(1);
            assertThat(asked(o).get(0)).as(text).startsWith(text.substring(0, text.indexOf(' ')));
        }
    }

    @Test
    void anEstimateSaidAfterTheOtherMealIsAskedToo() {
        ParseOutcome o = AT_0930.read("湖北晚上55个 中午四十多个", "hubei");

        assertThat(meals(o)).containsExactly("DINNER 55");
        assertThat(asked(o)).containsExactly("中午四十多个");
    }

    @Test
    void peopleAwayBeforeTheMealsOwnFigureAreItsReasonNotACountNorAHealthMatter() {
        ParseOutcome o = AT_0930.read("广东午餐37 晚餐有3个去医院看那个崴脚的 晚饭34", "guangdong");

        assertThat(meals(o)).containsExactly("LUNCH 37", "DINNER 34");
        assertThat(o.records()).noneMatch(r -> r instanceof Issue);
    }

    @Test
    void aNewFigureAfterPeopleGoneToCompeteIsTheOnlyRecord() {
        ParseOutcome o = AT_0930.read("吉林本来中午全吃 现在有10个去比赛了 中午30个", "jilin");

        assertThat(o.records()).hasSize(1);
        assertThat(meals(o)).containsExactly("LUNCH 30");
    }

    @Test
    void aGroupPointedBackAtByItsMorningCountIsNoBreakfast() {
        ParseOutcome o = AT_0800.read("四川晚饭45 早上数的那3个在场馆没回来", "sichuan");

        assertThat(meals(o)).containsExactly("DINNER 45");
        assertThat(o).isInstanceOf(ParseOutcome.Understood.class);
    }

    @Test
    void aGroupPointedBackAtKeepsTheDayOfItsOwnMove() {
        List<Record> records = AT_0800.read("湖南早上说的那3个明天走", "hunan").records();

        assertThat(records).hasSize(1);
        assertThat(records.get(0).toString()).contains("2026-11-24");
    }

    @Test
    void aDelegationsBusArrivingWithItsPeopleIsTheBusHeadCount() {
        List<Record> records = AT_0800.read("新疆9号车到了40个 还有7个在后面", "xinjiang").records();

        assertThat(records).hasSize(1);
        assertThat(records.get(0)).isInstanceOf(org.receptionbot.record.Headcount.class);
        assertThat(((org.receptionbot.record.Headcount) records.get(0)).count()).isEqualTo(40);
    }
}
