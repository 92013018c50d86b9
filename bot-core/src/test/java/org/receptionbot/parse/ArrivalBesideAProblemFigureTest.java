package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * An arrival said as done beside a problem (trial 41: "我们到了 有个队员崴脚了 需要去医院"): the arrival's figure is its own
 * stretch's or a figure of the people who came, never the few the problem is about ("有个队员", "有两个人", "一名队员") nor
 * a room number; a problem word after it (晕车, 吗) does not take the arrival back. Arriving at a place of the event with
 * a problem there stays the problem alone.
 */
class ArrivalBesideAProblemFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T12:50");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "gansu|我们到了 有个队员崴脚了 需要去医院|-",
                "gansu|到了 有个队员发烧了|-",
                "gansu|甘肃到了 29人 有个队员崴脚了 需要去医院|29",
                "sichuan|到了 48人 有一个运动员肚子疼 麻烦安排医生|48",
                "shaanxi|陕西到了 一名队员晕车了 需要医生|-"
            })
    void theArrivalKeepsItsOwnFigureBesideTheProblem(String sender, String text, Integer count) {
        List<Record> records = PARSER.read(text, sender).contractRecords();
        assertThat(records).as(text).hasAtLeastOneElementOfType(Issue.class);
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .containsExactly(new Arrival(sender, TODAY, null, count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|有个队员崴脚了 需要去医院",
                "hubei|到宾馆了 有个队员崴脚了 需要去医院",
                "gansu|有个队员到了医院 崴脚了 麻烦安排车",
                "hunan|医生到了没有 有个队员发烧了"
            })
    void aProblemWithNoArrivalOfTheTeamRecordsNoArrival(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Arrival.class);
    }
}
