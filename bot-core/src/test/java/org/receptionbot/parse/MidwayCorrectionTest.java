package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure corrected in the middle of a message by a filler or a correction word (哦不对, 额 等下, 改一下, 打错了),
 * the figure meant right after it and the reason after that: the last figure is the count, the first no record, the
 * reason no record of its own.
 */
class MidwayCorrectionTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "吉林晚饭40个 额 等下 39 有个不吃|jilin|DINNER|39",
                "湖南晚饭三十三 等等 三十一 两个去州里开会|hunan|DINNER|31",
                "安徽晚上45个 呃 等一下 44个 有个家长有事|anhui|DINNER|44",
                "河南队中午36 不对 是37人 刚又回来一个|henan|LUNCH|37",
                "云南中午三十 呃 不对 是三十二 两个司机也吃|yunnan|LUNCH|32",
                "川队中午48 哎打错了 是46 两个在医务室躺着|sichuan|LUNCH|46",
                "福建午饭52 写错了 50 俩队员在场馆候场|fujian|LUNCH|50",
                "甘肃晚饭28个 改一下 27个 一个教练要去县里|gansu|DINNER|27"
            })
    void theFigureAfterTheCorrectionIsTheCount(String text, String team, String meal, int count) {
        PARSER.check(text).contract(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"河南明早39 改一下 37 有俩要去赛场布置|henan|37", "湖北明早早餐50个 不对不对 48个 有两个不吃早饭的|hubei|48"})
    void tomorrowsBreakfastCorrected(String text, String team, int count) {
        PARSER.check(text).contract(new MealCount(team, TOMORROW, "BREAKFAST", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"广西今晚加三个人 哦不对 四个 还有个裁判也跟我们吃|guangxi|4", "江西晚饭加2个 说错了 3个 司机也来|jiangxi|3"})
    void addedDinersCorrected(String text, String team, int count) {
        PARSER.check(text).contract(new MealAdd(team, TODAY, "DINNER", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南晚饭少5个 说错了 少6个 又走了一个|hunan|6", "湖北晚饭少13个 不对14个 刚又走了一个|hubei|14"})
    void cancelledDinersCorrected(String text, String team, int count) {
        PARSER.check(text).contract(new MealCancel(team, TODAY, "DINNER", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"山东中午37 晚上40 哦 晚上是39 有一个去县里了|shandong|37|39", "辽宁中午二十八 晚上三十 额 晚上是二十九 一个领队有应酬|liaoning|28|29"})
    void theMealBeforeKeepsItsFigure(String text, String team, int lunch, int dinner) {
        PARSER.check(text)
                .contract(new MealCount(team, TODAY, "LUNCH", lunch), new MealCount(team, TODAY, "DINNER", dinner));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"山东中午37 晚上40 哦 晚上是39 有一个发烧|shandong|37|39"})
    void anIllnessGivenAsTheReasonStaysAProblem(String text, String team, int lunch, int dinner) {
        PARSER.check(text)
                .contractHas(Issue.class)
                .recordsInclude(
                        new MealCount(team, TODAY, "LUNCH", lunch), new MealCount(team, TODAY, "DINNER", dinner));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // no figure right after the word, or another meal's own figure, or people doing something
                "吉林明早39 改一下时间 7点半吃|jilin|BREAKFAST|39",
                "吉林晚饭40个 具体等下报|jilin|DINNER|40",
                "吉林晚饭40 展馆不对外开放|jilin|DINNER|40",
                "吉林中午37 哦 晚上40|jilin|DINNER|40",
                "吉林中午37 哦 晚上40|jilin|LUNCH|37",
                "吉林晚饭40个 等下 3个到了再说|jilin|DINNER|40"
            })
    void noCorrection(String text, String team, String meal, int count) {
        LocalDate day = meal.equals("BREAKFAST") ? TOMORROW : TODAY;
        PARSER.check(text).recordsInclude(new MealCount(team, day, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"吉林中午37 晚上40 哦 对了 还有2个司机|jilin|DINNER|37"})
    void anAfterthoughtIsNoCorrection(String text, String team, String meal, int count) {
        PARSER.check(text).thenRecords().doesNotContain(new MealCount(team, TODAY, meal, count));
    }
}
