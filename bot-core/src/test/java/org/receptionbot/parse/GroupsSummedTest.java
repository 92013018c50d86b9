package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;

/**
 * Groups joined by 加 and summed up (一共, 总共, 共) before the one figure ("第一批加第二批一共30人吃晚饭"): the total is
 * the meal's count. A 加 that adds people (增加司机共4人, 再加两个, 加了2个) stays an addition.
 */
class GroupsSummedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T08:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shandong|山东今晚第一批加第二批一共30人吃晚饭|DINNER|30",
                "hubei|湖北中午头两批加后面那批总共58个人吃|LUNCH|58",
                "guangxi|广西晚饭前两拨加第三拨共40人|DINNER|40",
                "hunan|湖南中午我们加司机一共37个|LUNCH|37",
                "jiangsu|江苏晚饭第一拨加第二拨合计34人|DINNER|34"
            })
    void groupsSummedGiveTheMealsCount(String sender, String text, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|湖北晚饭增加司机和志愿者共4人|DINNER|4", "shandong|山东晚饭第二批再加6个|DINNER|6", "guangxi|广西中午加司机2个|LUNCH|2"})
    void peopleAddedStayAnAddition(String sender, String text, String meal, int added) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealAdd(sender, TODAY, meal, added));
    }
}
