package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.reminder.Briefings;
import org.receptionbot.reminder.InMemorySaidOnce;
import org.receptionbot.summary.RecordText;

/**
 * The thirty-eighth and thirty-ninth trials' movement talk on both samples: "人齐了 出发" from a liaison with no bus of
 * their own is answered (the team's departure due now confirmed, else one short question); a bus liaison's pickup of a
 * named delegation is recorded, not refused; "查看到达" on a day with no arrival says so plainly; an arrival said as it
 * happens is timed at the message.
 */
class AllAboardAndArrivalTimingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|2026-11-29T10:40|人齐了 出发|11:30",
                "anhui|2026-11-29T08:50|人到齐了 出发了|09:30",
                "shanxi|2026-11-29T09:00|都上车了 走了|09:30",
                "xizang|2026-11-29T10:50|人都齐了 上车出发|11:30",
                "henan|2026-11-29T12:40|全部上车了 出发|13:30"
            })
    void allAboardWithoutABusConfirmsTheDepartureDueToday(String team, String at, String text, String planned) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo(team, at, text);

        assertThat(answer).contains("已确认").contains("已离开").contains(planned);
        assertThat(f.movementsOf(team)).singleElement().isInstanceOf(Departure.class);
    }

    @Test
    void allAboardConfirmsADepartureReportedForToday() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("hebei", "2026-12-09T20:00", "我们明天上午9点走 全团6人");

        String answer = f.soleAnswerTo("hebei", "2026-12-10T08:40", "人齐了 出发");

        assertThat(answer).contains("已确认").contains("09:00");
        assertThat(f.movementsOf("hebei")).singleElement().isInstanceOf(Departure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "games|tianjin|2026-11-27T08:10|人齐了 出发",
                "games|qinghai|2026-11-22T07:50|人到齐了 出发了",
                "games|fujian|2026-11-24T13:00|都上车了 走了",
                "games|zhejiang|2026-11-23T07:30|人齐了 出发",
                "conference|hebei|2026-12-09T13:20|人齐了 出发",
                "conference|jiangsu|2026-12-09T07:40|都上车了 走了",
                "conference|hunan|2026-12-08T19:00|人到齐了 出发了"
            })
    void allAboardWithNoBusAndNoDepartureDueIsAskedAbout(String sample, String team, String at, String text) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());

        String answer = f.soleAnswerTo(team, at, text);

        assertThat(answer).contains("哪辆车").doesNotContain("已记录");
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"人齐了 出发", "人到齐了 出发了", "都上车了 走了"})
    void allAboardWhileASharedBusQuestionIsOpenIsAnswered(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("qinghai", "2026-11-22T08:00", "3号车实到27人");

        String answer = f.soleAnswerTo("qinghai", "2026-11-22T08:05", text);

        assertThat(answer).isNotBlank();
        assertThat(f.movementsOf("qinghai")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus1|2026-12-08T10:30|1号车已接到河北厅6位|hebei|6",
                "bus2|2026-12-08T11:05|已接到山西厅5人 2号车|shanxi|5",
                "bus3|2026-12-08T15:20|3号车已接到江苏9位|jiangsu|9",
                "bus5|2026-12-08T09:40|5号车接到北京的5位老师了|beijing|5",
                "bus8|2026-12-08T21:10|8号车已接到海南4人|hainan|4"
            })
    void aBusLiaisonsPickupOfANamedDelegationIsRecorded(String bus, String at, String text, String team, int people) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.soleAnswerTo(bus, at, text);

        assertThat(answer).contains("已记录").contains(people + "人").doesNotContain("/bind");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .anySatisfy(r -> assertThat(r.text()).contains(text));
        assertThat(f.ledger.day(LocalDate.parse(at.substring(0, 10))).active())
                .anySatisfy(e -> assertThat(e.record())
                        .satisfiesAnyOf(
                                r -> assertThat(r).isInstanceOfSatisfying(Arrival.class, a -> {
                                    assertThat(a.delegation()).isEqualTo(team);
                                    assertThat(a.count()).isEqualTo(people);
                                    assertThat(a.time()).isEqualTo(LocalTime.parse(at.substring(11)));
                                }),
                                r -> assertThat(r).isInstanceOfSatisfying(Headcount.class, h -> {
                                    assertThat(h.delegation()).isEqualTo(team);
                                    assertThat(h.count()).isEqualTo(people);
                                })))
                .noneSatisfy(e -> assertThat(e.record()).isInstanceOf(Departure.class));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hebei|天津午餐4人", "tianjin|河北厅晚饭少2人", "bus1|河北厅午餐6人"})
    void anotherDelegationsMealsAreStillRefused(String sender, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.soleAnswerTo(sender, "2026-12-09T09:00", text);

        assertThat(answer).contains("只能由");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "games|2026-11-22T09:00|查看到达",
                "games|2026-11-24T10:00|今天谁到",
                "games|2026-11-29T08:00|查看到达",
                "games|2026-11-29T08:00|今天谁到？",
                "conference|2026-12-09T09:00|到达情况",
                "conference|2026-12-10T07:00|看一下今天到达"
            })
    void aDayWithNoArrivalSaysSoPlainly(String sample, String at, String text) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());

        String answer = f.soleAnswerTo("tian", at, text);

        assertThat(answer).contains("今日无抵达").doesNotContain("抵达 ");
    }

    @Test
    void departuresOfADayWithNoArrivalAreShownBesideIt() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo("tian", "2026-11-29T08:00", "查看到达");

        assertThat(answer).contains("今日无抵达").contains("离开 江苏省代表团").doesNotContain("11月30日");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "games|hebei|2026-11-22T20:00|我们还有5人今晚凌晨1点到",
                "games|fujian|2026-11-24T21:30|今晚凌晨1点还有3个人到",
                "conference|hebei|2026-12-08T20:30|我们还有2人今晚凌晨1点到"
            })
    void anArrivalAtOneTonightIsOnTheBoardOfItsRecordsDay(String sample, String team, String at, String text) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());
        f.say(team, at, text);
        Arrival a = (Arrival) f.movementsOf(team).get(0);
        LocalDate said = LocalDate.parse(at.substring(0, 10));
        assertThat(a.date()).isEqualTo(said.plusDays(1));
        assertThat(a.time()).isEqualTo(LocalTime.of(1, 0));

        assertThat(f.answerTo("tian", at.substring(0, 11) + "22:00", "明天谁到")).contains("01:00 抵达");
        assertThat(f.answerTo("tian", at.substring(0, 11) + "22:01", "今天谁到")).doesNotContain("01:00");
        new Briefings(
                        f.core.event,
                        Briefings.Boards.of(f.core.meals, f.core.movements, f.core.issues),
                        new RecordText(f.core.event),
                        f.outbox,
                        new InMemorySaidOnce())
                .evening(said, ConversationFixture.time(at.substring(0, 11) + "22:05"));
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .contains("【明日安排】")
                .contains("01:00 抵达");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "games|beijing|2026-11-22T15:40|我们到酒店了 42人",
                "games|tianjin|2026-11-23T16:12|刚到宾馆 30人",
                "games|shanghai|2026-11-24T11:05|我们已经到酒店了，26人",
                "conference|hebei|2026-12-08T14:25|到山庄了 6人",
                "conference|jiangsu|2026-12-08T17:50|我们到了 一共9人"
            })
    void anArrivalSaidAsItHappensIsTimedAtTheMessage(String sample, String team, String at, String text) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());
        f.say(team, at, text);
        String minute = at.substring(11);

        assertThat(f.movementsOf(team))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.parse(minute)));
        assertThat(f.answerTo("tian", at.substring(0, 11) + "23:00", "今日动态"))
                .contains(minute)
                .doesNotContain("时间待定");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"beijing|到酒店了吗？", "tianjin|快到宾馆了", "hainan|大家到酒店了没有", "shanghai|预计下午到酒店了"})
    void talkOfArrivingAtTheHotelRecordsNoArrivalNow(String team, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say(team, "2026-11-22T15:40", text);

        assertThat(f.movementsOf(team)).noneSatisfy(m -> assertThat(m.time()).isEqualTo(LocalTime.of(15, 40)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|2026-11-24T08:00|全部上车了 出发去赛场",
                "tianjin|2026-11-24T08:00|人还没齐 等会出发",
                "fujian|2026-11-24T08:00|人齐了吗 要出发了",
                "hebei|2026-11-24T13:00|大家都上车了 出发去训练馆"
            })
    void boardingForTheVenueOrStillToComeIsNotAskedAbout(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerOrNull(team, at, text);

        assertThat(answer == null ? "" : answer).doesNotContain("哪辆车");
        assertThat(f.movementsOf(team)).isEmpty();
    }
}
