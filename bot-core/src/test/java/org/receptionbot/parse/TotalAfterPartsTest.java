package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A meal's diners told in parts (two sittings, groups of people), then the total (一共, 总共, 合计, 加起来, 还是): the
 * total is the meal's count, and the parts are neither counts of their own nor asked about.
 */
class TotalAfterPartsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hubei|湖北晚饭分两批吃 先30个后25个 一共还是55个|hubei|DINNER|55",
                "-|江西中午分两拨 第一拨20 第二拨18 总共38|jiangxi|LUNCH|38",
                "-|广东晚饭 运动员30 教练6 司机2 合计38人|guangdong|DINNER|38",
                "sichuan|晚饭先吃20个 后面再来25个 加起来45|sichuan|DINNER|45",
                "yunnan|云南中午 餐厅吃22 打包的8个 一共也是30个|yunnan|LUNCH|30",
                "-|浙江队晚上分两批 18点一批20人 19点半一批16人 共36人|zhejiang|DINNER|36",
                // the total alone, or beside a part of it
                "hunan|湖南中午也在九院吃 队员比赛完直接过去 一共33人|hunan|LUNCH|33",
                "-|四川队午饭有5个人要打包带走 其他的现在过来 总数还是45|sichuan|LUNCH|45",
                "jilin|吉林晚饭有两个在房间吃 总共40个|jilin|DINNER|40"
            })
    void theTotalIsTheMealsCount(String sender, String text, String team, String meal, int count) {
        PARSER.check(text, sender).contract(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖北晚饭分两批吃 先30个后25个 一共55个吗", "湖北晚饭先吃30个 后面25个 一共是不是55"})
    void aTotalAskedIsNoReport(String text) {
        PARSER.check(text, "hubei").thenContract().doesNotContain(new MealCount("hubei", TODAY, "DINNER", 55));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"云南中午增加司机和志愿者共4人", "湖北晚饭增加司机和翻译共3人"})
    void aTotalOfPeopleAddedOrTakenOffIsTheChanges(String text) {
        PARSER.check(text).thenContract().noneMatch(r -> r instanceof MealCount);
    }
}
