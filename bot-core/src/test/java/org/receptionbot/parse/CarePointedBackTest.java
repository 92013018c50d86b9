package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * Beside a meal's figure, people at a doctor who are pointed back at ("就是中午说的去医院的那俩") or named by their
 * illness ("崴脚的和两个陪的去医院复查") are why the figure is what it is, no new health matter (be095, be193); a new
 * illness, or care asked for, still is.
 */
class CarePointedBackTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-19T15:48");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|晚饭少3个 上午说的那三个还在医院",
                "hunan|中午报30 发烧的那俩去医院了",
                "hunan|明早早饭少两个 扭伤的和一个陪的明天一早去医院复查",
                "sichuan|宵夜减2 刚才说的去医院的那俩",
                "hubei|湖北晚饭58个 中暑的那两个去医院了",
                "guizhou|明天早饭少三个 崴脚的和两个陪的明天上午去医院复查"
            })
    void peopleReportedBeforeAreTheFiguresReason(String sender, String text) {
        PARSER.check(text, sender)
                .thenContract()
                .noneMatch(r -> r instanceof Issue)
                .anyMatch(r -> r instanceof MealCount || r instanceof MealCancel);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|晚饭少两个 有两个队员发烧了 需要去医院",
                "hunan|明天早饭少2个 崴脚的两个要去医院拍片子 麻烦派个车",
                "hunan|有两个队员去医院了 发烧",
                "hunan|发烧的那俩需要去医院 帮忙叫个车"
            })
    void aNewIllnessOrCareAskedIsStillAHealthMatter(String sender, String text) {
        PARSER.check(text, sender).contractHas(Issue.class);
    }
}
