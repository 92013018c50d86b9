package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/** A meal's word beside a figure of people that no meal record carries is asked about; the records stand. */
class UnreadMealFigureTest {
    private static final MessageParser GAMES = new MessageParser(TestEvents.reference());
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());
    private static final Instant GAMES_NOW =
            OffsetDateTime.parse("2026-11-26T16:00:00+08:00").toInstant();
    private static final Instant CONFERENCE_NOW =
            OffsetDateTime.parse("2026-12-08T10:00:00+08:00").toInstant();

    @ParameterizedTest
    @CsvSource({"湖北晚饭60人全部去九院吃 在那吃完直接回, hubei", "贵州50人晚饭都在九院吃 吃完就回, guizhou", "云南晚餐55位 在土家山寨吃完直接回, yunnan"})
    void aMealFigureBesideAMovementIsAskedAbout(String text, String sender) {
        ParseOutcome outcome = GAMES.parse(text, GAMES_NOW, sender);

        assertThat(outcome.contractRecords()).isNotEmpty();
        // the figure asked, or the meal read and the going back asked (REST)
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps())
                                .anySatisfy(g -> assertThat(g.unread()).isIn("MEAL_COUNT", "REST")));
    }

    /** The people of a departure said only beside their meal: the departure is not recorded uncounted, it is asked. */
    @ParameterizedTest
    @CsvSource({"山东那3个人晚饭吃完了 晚上8点40的K1160走 麻烦安排个车送站, shandong", "河北那5个人晚饭吃完了 晚上9点的G1502走 麻烦派个车, hebei"})
    void aDepartureWhosePeopleAreSaidBesideTheirMealIsAsked(String text, String sender) {
        ParseOutcome outcome = GAMES.parse(text, GAMES_NOW, sender);

        assertThat(outcome).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(outcome.contractRecords()).noneMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource({"宁波3个晚饭 我们在爆胎那辆车上 麻烦帮忙留下饭, ningbo"})
    void aMealFigureBesideAnotherRecordIsAskedAboutOnVisits(String text, String sender) {
        ParseOutcome outcome = CONFERENCE.parse(text, CONFERENCE_NOW, sender);

        assertThat(outcome.contractRecords()).isNotEmpty();
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps())
                                .anySatisfy(g -> assertThat(g.unread()).isEqualTo("MEAL_COUNT")));
    }

    @ParameterizedTest
    @CsvSource({"福建晚餐32个人 吃完饭直接去高铁站 晚上9点的G1502, fujian", "甘肃宵夜30人 麻烦多备点热水, gansu", "四川晚饭48人 下午5点前到, sichuan"})
    void aMealReadAsksNothingMore(String text, String sender) {
        assertThat(GAMES.parse(text, GAMES_NOW, sender)).isInstanceOf(ParseOutcome.Understood.class);
    }
}
