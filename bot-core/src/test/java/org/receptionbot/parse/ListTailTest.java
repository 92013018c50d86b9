package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Delegations' figures listed one by one with what they do said once after the last figure ("湖北30人、湖南35人中午吃饭",
 * "宁波3人 青岛3人都到了"): every delegation of the list gets the record with its own figure.
 */
class ListTailTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T15:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖北30人、湖南35人中午吃饭|hubei:30 hunan:35",
                "湖北30人，湖南35人，广西28人 中午都在餐厅吃|hubei:30 hunan:35 guangxi:28",
                "辽宁33个 吉林40个晚饭|liaoning:33 jilin:40"
            })
    void everyItemTakesTheMealSaidAfterTheLast(String text, String expected) {
        List<Record> records = SPORTS.read(text).contractRecords();
        assertThat(records).allMatch(r -> r instanceof MealCount);
        assertThat(records.stream().map(r -> ((MealCount) r).delegation() + ":" + ((MealCount) r).count()))
                .containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "宁波3人 青岛3人都到了|ningbo:3 qingdao:3",
                "湖北7人、河北6人已经到山庄了|hubei:7 hebei:6",
                "安徽5位，江西4位刚到|anhui:5 jiangxi:4"
            })
    void everyItemTakesTheArrivalSaidAfterTheLast(String text, String expected) {
        List<Record> records = CONFERENCE.read(text).contractRecords();
        assertThat(records).allMatch(r -> r instanceof Arrival);
        assertThat(records.stream().map(r -> ((Arrival) r).delegation() + ":" + ((Arrival) r).count()))
                .containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"hunan|湖北30人、我们35人中午吃饭", "-|3号车30人 湖南35人到了", "-|湖北30人、湖南35人到了吗"})
    void noListOfDelegationsBeforeTheLastGivesNothingToTheOthers(String sender, String text) {
        List<Record> records = SPORTS.read(text, sender).contractRecords();
        assertThat(records)
                .noneMatch(r -> r.toString().contains("hubei") && r.toString().contains("30"));
    }
}
