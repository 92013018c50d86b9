package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.testing.Sources;

class LeadingTimeTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant EVENING = Sources.instant("2026-11-22T20:00");

    @Test
    void aDayAPartOfTheDayAndAClockTimeAreReadAsTheParserReadsThem() {
        assertThat(PARSER.leadingTime("明天下午3点半 各代表团到体育馆集合", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-23T15:30"), "各代表团到体育馆集合"));
        assertThat(PARSER.leadingTime("明天07:30 各代表团带好参赛证", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-23T07:30"), "各代表团带好参赛证"));
        assertThat(PARSER.leadingTime("11月24日 8点 退房", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-24T08:00"), "退房"));
        assertThat(PARSER.leadingTime("今晚9点，清点人数", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-22T21:00"), "清点人数"));
    }

    @Test
    void aMonthAndDayAsTheSandboxAndTheExportTakeThemSetTheDay() {
        assertThat(PARSER.leadingTime("11-24 07:30 今日大幅降温 外出带好外套", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-24T07:30"), "今日大幅降温 外出带好外套"));
        assertThat(PARSER.leadingTime("11/25 下午3点 集合", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-25T15:00"), "集合"));
        assertThat(PARSER.leadingTime("1-03 8:00 返程", EVENING))
                .contains(new LeadingTime(Sources.instant("2027-01-03T08:00"), "返程"));
        assertThat(PARSER.leadingTime("13-40 8:00 集合", EVENING)).isEmpty();
        assertThat(PARSER.leadingTime("11-24 各团交住宿费", EVENING)).isEmpty();
    }

    @Test
    void aTimeAlreadyPastTodayWithNoDayMeansTomorrow() {
        assertThat(PARSER.leadingTime("7:30 集合", EVENING))
                .contains(new LeadingTime(Sources.instant("2026-11-23T07:30"), "集合"));
    }

    @Test
    void aTextThatDoesNotStartWithATimeHasNone() {
        assertThat(PARSER.leadingTime("各代表团明天7:30集合", EVENING)).isEmpty();
        assertThat(PARSER.leadingTime("明天 集合", EVENING)).isEmpty();
        assertThat(PARSER.leadingTime("", EVENING)).isEmpty();
    }
}
