package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;

/**
 * Trial 62: words met by chance beside a report. A thing said better than before (暖和多了) adds no diners; someone
 * who goes to see a teammate at the hospital is no patient.
 */
class StrayRemarksTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.reference(), "2026-11-23T19:30").as("fujian");

    private static boolean health(ParseOutcome o) {
        return o.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.HEALTH);
    }

    private static boolean addAsked(ParseOutcome o) {
        return o instanceof ParseOutcome.Incomplete i && i.gaps().stream().anyMatch(g -> g.draft() instanceof MealAdd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"福建明早32 谢谢🙏 今天房间暖和多了", "福建明早32 房间干净多了 谢谢", "福建明早32 晚上安静多了", "福建明早32 屋里暖多了"})
    void aThingSaidBetterAddsNoDiners(String text) {
        ParseOutcome o = PARSER.read(text);

        assertThat(addAsked(o)).as(text).isFalse();
        assertThat(o.records()).as(text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"福建明早32 又多了两个", "福建明早人多了 加3个"})
    void morePeopleStillAddDiners(String text) {
        ParseOutcome o = PARSER.read(text);

        assertThat(o.records().stream().anyMatch(r -> r instanceof MealAdd) || addAsked(o))
                .as(text)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"宁夏晚饭30 有一个去医院看受伤的队友了", "宁夏晚饭30 有两个去医院看看他", "宁夏晚饭30 一个去医院看扭伤的队员"})
    void aVisitorAtTheHospitalIsNoPatient(String text) {
        assertThat(health(PARSER.read(text, "ningxia"))).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"宁夏晚饭30 有一个队员受伤了 去医院看一下", "宁夏晚饭30 有一个受伤了 去医院看病", "宁夏晚饭30 有一个扭伤了 带他去医院看一下他的脚"})
    void aPatientTakenToTheHospitalStaysAHealthMatter(String text) {
        assertThat(health(PARSER.read(text, "ningxia"))).as(text).isTrue();
    }
}
