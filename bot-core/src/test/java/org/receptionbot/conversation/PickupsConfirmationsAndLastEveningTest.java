package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Arrival;

/**
 * The fortieth trial's smaller findings: a pickup said as done by the team's own liaison is timed at the report, as a
 * bus liaison's is; the games sample's buses have bus liaisons whose pickups are recorded; a coordinator's 确认 with
 * nothing waiting is answered, and a liaison's when the bot has not just answered them.
 */
class PickupsConfirmationsAndLastEveningTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "games|hubei|2026-11-23T10:40|1号车已接到湖北20人|20",
                "games|guizhou|2026-11-22T21:30|4号车已接到贵州8人|8",
                "games|beijing|2026-11-25T09:15|已接到北京3位 10号车|3",
                "games|yunnan|2026-11-25T09:15|5号车已接到云南队员6人|6",
                "games|tian|2026-11-25T10:20|5号车已接到云南10人|10",
                "conference|hebei|2026-12-08T10:30|1号车已接到河北厅6位|6",
                "games|bus1|2026-11-23T10:40|1号车已接到湖北20人|20",
                "games|bus7|2026-11-24T19:20|7号车已接到四川12人|12"
            })
    void aPickupSaidAsDoneIsTimedAtTheReport(String sample, String sender, String at, String text, int people) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());

        String answer = f.soleAnswerTo(sender, at, text);

        assertThat(answer).contains("已记录").contains(people + "人").contains(at.substring(11));
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(e.record()).isInstanceOfSatisfying(Arrival.class, a -> {
                    assertThat(a.count()).isEqualTo(people);
                    assertThat(a.time()).isEqualTo(LocalTime.parse(at.substring(11)));
                }));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|2026-11-23T10:40|接到通知了 湖北今天还有20人到",
                "hunan|2026-11-24T09:05|刚接到电话 湖南5个人今天到",
                "yunnan|2026-11-25T09:15|刚接到通知 云南6人今天到",
                "bus3|2026-11-24T09:05|明天3号车去接湖南5人"
            })
    void aCallOrAPickupStillToComeIsNotTimedNow(String sender, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say(sender, at, text);

        assertThat(f.ledger.activeMovements())
                .noneSatisfy(e -> assertThat(e.record())
                        .isInstanceOfSatisfying(
                                Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.parse(at.substring(11)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"确认", "确认。", "确认无误", "确定", "确认绑定"})
    void aCoordinatorsConfirmationWithNothingWaitingIsAnswered(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo("tian", "2026-11-23T10:00", text);

        assertThat(answer).contains("当前没有待确认的事项");
    }

    @Test
    void aCoordinatorsConfirmationOfAHeldReportStillConfirmsIt() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("tian", "2026-11-23T09:00", "湖南午餐350人");

        String answer = f.soleAnswerTo("tian", "2026-11-23T09:01", "确认");

        assertThat(answer).doesNotContain("当前没有待确认的事项");
    }

    @ParameterizedTest
    @ValueSource(strings = {"确认", "对", "是的"})
    void aLiaisonsBareYesRightAfterTheBotsAnswerStaysUnanswered(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hunan", "2026-11-23T09:58", "明天晚餐少5人");

        assertThat(f.answerOrNull("hunan", "2026-11-23T10:00", text)).isNull();
        if (text.equals("确认"))
            assertThat(f.answerTo("hunan", "2026-11-23T10:30", text)).startsWith("目前没有待您确认的内容。");
        else assertThat(f.answerOrNull("hunan", "2026-11-23T10:30", text)).isNull();
    }

    /** The games sample's teams with no departure: 河北36、黑龙江31、福建32、湖南35、四川48、甘肃29 (211人). */
    private static final String STAYING = "⚠尚无离会安排（仍按在场计）：河北、黑龙江、福建、湖南、四川、甘肃共6个团211人";

    @Test
    void theLastEveningsBriefingNamesTheTeamsWithNoDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.briefings().evening(LocalDate.parse("2026-11-29"), ConversationFixture.time("2026-11-29T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .startsWith("【明日安排】11月30日")
                .contains(STAYING + "，请向其联络员确认离会时间。")
                .contains("晚餐：211人");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hebei|2026-11-29T09:00|我们30号下午3点走|河北、",
                "hunan|2026-11-28T18:00|湖南30号晚上9点走|湖南、",
                "sichuan|2026-11-29T10:00|我们明天晚上8点的火车走|四川、",
                "gansu|2026-11-29T11:00|甘肃明天中午12点走|甘肃"
            })
    void aTeamThatReportedItsDepartureIsNotNamed(String team, String at, String said, String name) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say(team, at, said);

        f.briefings().evening(LocalDate.parse("2026-11-29"), ConversationFixture.time("2026-11-29T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text().lines())
                .filteredOn(l -> l.startsWith("⚠尚无离会安排"))
                .singleElement()
                .satisfies(l -> assertThat(l).doesNotContain(name));
    }

    @Test
    void aBriefingBeforeTheLastDayNamesNoOne() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.briefings().evening(LocalDate.parse("2026-11-28"), ConversationFixture.time("2026-11-28T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).doesNotContain("离会安排");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2026-11-30T09:00|今日动态", "2026-11-29T21:00|明天动态", "2026-11-30T10:00|今天晚餐多少人"})
    void theBoardsOfTheDayAfterNameThemToo(String at, String asked) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("tian", at, asked)).contains(STAYING);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2026-11-29T09:00|今日动态", "2026-11-28T10:00|今天晚餐多少人"})
    void theBoardsOfTheEventsDaysDoNot(String at, String asked) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("tian", at, asked)).doesNotContain("离会安排");
    }
}
