package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * People eating elsewhere or in their room, said beside the meal's figure before or after it, are the reason, never the
 * figure (trials 51, 52); people in their room whose meals the message asks brought there leave the figure as it is.
 */
class AwayBesideFigureTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T08:40");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T07:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州午饭50 晚饭47 有3个教练晚上去开领队会 在那边吃|47",
                "hunan|湖南晚饭35 有2个运动员晚上去赛场 在那边吃|35",
                "hubei|湖北晚上55 有5个裁判在赛场吃盒饭|55",
                "sichuan|晚饭46 有两个陪队员去医院|46"
            })
    void awayAfterTheFigureLeavesTheFigure(String sender, String text, int count) {
        SPORTS.check(text, sender)
                .contractHasNo(MealCancel.class)
                .recordsInclude(new MealCount(sender, java.time.LocalDate.of(2026, 11, 18), "DINNER", count));
        org.assertj.core.api.Assertions.assertThat(SPORTS.read(text, sender).contractRecords().stream()
                        .filter(r -> r instanceof MealCount m && "DINNER".equals(m.meal()))
                        .count())
                .as(text)
                .isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"jilin|吉林中午 4 晚上 3 有一个晚上有饭局|3", "hebei|河北晚上5个 有一个有应酬|5", "henan|河南晚饭6个 有1个晚上有宴请|6"})
    void aDinnerEngagementBesideTheFigureIsNoFigure(String sender, String text, int count) {
        CONFERENCE.check(text, sender).contractHasNo(MealCancel.class);
        org.assertj.core.api.Assertions.assertThat(CONFERENCE.read(text, sender).contractRecords().stream()
                        .filter(r -> r instanceof MealCount m && "DINNER".equals(m.meal()))
                        .map(r -> ((MealCount) r).count())
                        .toList())
                .as(text)
                .containsExactly(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shanxi|山西中午午饭5个 晚饭有1个在房间吃 能不能送餐到房间 5号楼0512", "hebei|晚饭有2个在房间吃 麻烦送两份饭到房间"})
    void peopleInTheirRoomWithMealsBroughtLeaveTheDinner(String sender, String text) {
        CONFERENCE.check(text, sender).contractHasNo(MealCancel.class);
        org.assertj.core.api.Assertions.assertThat(CONFERENCE.read(text, sender).contractRecords().stream()
                        .filter(r -> r instanceof MealCount m && "DINNER".equals(m.meal())))
                .as(text)
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"jilin|晚饭有1个在房间吃", "hebei|晚上有一个有饭局"})
    void peopleAwayAloneStayAReport(String sender, String text) {
        CONFERENCE.check(text, sender).someRecords();
    }
}
