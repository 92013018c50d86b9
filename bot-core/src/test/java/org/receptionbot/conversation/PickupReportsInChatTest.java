package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.PartOfDay;

/**
 * Trial 41's pickups on the games sample: a pickup said as done, by a bus liaison with or without the bus named or by
 * a team's liaison naming the bus, is the arrival of those met at the report's minute (never the bus's head count);
 * one still to come said after it ("还有一个下午到") is its own arrival, and the meals lose only that one.
 */
class PickupReportsInChatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus1|2026-11-17T12:10|接到湖北59人 往酒店走了|hubei|59",
                "bus1|2026-11-17T12:10|接到湖北59人|hubei|59",
                "bus4|2026-11-17T14:50|4号车已经接到贵州8位队员|guizhou|8",
                "bus3|2026-11-17T17:20|刚接上 湖南队 5个 马上出发|hunan|5",
                "bus7|2026-11-17T13:40|接到四川代表团48名 在路上了|sichuan|48",
                "hunan|2026-11-17T17:20|3号车刚接到湖南5个人|hunan|5",
                "bus10|2026-11-18T08:40|刚刚接到北京的12位 马上回|beijing|12"
            })
    void aPickupSaidAsDoneIsTheArrivalOfThoseMetAtTheReport(
            String sender, String at, String text, String team, int people) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(sender, at, text);

        assertThat(answer)
                .contains("已记录")
                .contains(at.substring(11) + " 抵达 " + people + "人")
                .doesNotContain("实到");
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(e.record())
                        .isEqualTo(new Arrival(
                                team,
                                LocalDate.parse(at.substring(0, 10)),
                                LocalTime.parse(at.substring(11)),
                                people,
                                null)));
    }

    @Test
    void theOneStillToComeInTheAfternoonIsTheirOwnArrivalAndOnlyTheyMissLunch() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 18);

        String answer = f.answerTo("bus10", "2026-11-18T08:40", "10号车接到北京队41人 还有一个下午到");

        assertThat(answer)
                .contains("08:40 抵达 41人", "下午 抵达 1人", "午餐减1人", "已转告协调组")
                .doesNotContain("减41人");
        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .containsExactly(
                        new Arrival("beijing", day, LocalTime.of(8, 40), 41, null),
                        new Arrival("beijing", day, null, 1, null, PartOfDay.AFTERNOON));
        assertThat(f.diners(day, "LUNCH", "beijing")).isEqualTo(41);
        assertThat(f.diners(day, "DINNER", "beijing")).isEqualTo(42);
    }

    @Test
    void theOneOnTheNextTrainIsNotTimedWithThoseMet() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 17);

        f.say("bus4", "2026-11-17T14:50", "刚接上贵州队49位 还有1位坐下一班");

        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .containsExactly(
                        new Arrival("guizhou", day, LocalTime.of(14, 50), 49, null),
                        new Arrival("guizhou", day, null, 1, null));
    }
}
