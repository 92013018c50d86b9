package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;

/**
 * A movement report of people already recorded updates or confirms their record instead of adding a
 * second group; a correction replaces (or, restating the plan, removes) the sender's own last one. On the
 * games sample, read by the real parser (河北 36, 重庆 44 leaving 11月29日 15:30 by plan).
 */
class KnownMovementsTest {
    private static final Event EVENT = SampleEvents.games();
    private final MessageParser parser = new MessageParser(EVENT);
    private final Map<String, ParseOutcome> misread = new HashMap<>();
    private final ConversationFixture f = new ConversationFixture(
            EVENT,
            (text, at, delegation, vehicle) ->
                    misread.containsKey(text) ? misread.get(text) : parser.parse(text, at, delegation, vehicle));

    private static Departure leaving(String delegation, String date, String time, Integer count, String by) {
        return new Departure(delegation, LocalDate.parse(date), time == null ? null : LocalTime.parse(time), count, by);
    }

    @Test
    void thoseTenMovedToAnotherHourUpdateTheirDepartureInsteadOfAddingOne() {
        f.answerTo("hebei", "2026-11-23T09:00", "我们10个人明早6点走");

        assertThat(f.answerTo("hebei", "2026-11-23T19:00", "河北那10个人改成明早5点半走了"))
                .startsWith("已有记录：河北省代表团 11月24日（周二）06:00 离开 10人，已更新为05:30");
        assertThat(f.movementsOf("hebei")).containsExactly(leaving("hebei", "2026-11-24", "05:30", 10, null));
    }

    @ParameterizedTest
    @CsvSource({
        "广西那8个人改成下午4点走了, 16:00",
        "那8个人改到下午四点半走, 16:30",
        "8个人推迟到下午5点走, 17:00",
        "广西那8个改为下午2点走了, 14:00",
        "那8个人改成16点走, 16:00"
    })
    void aNewTimeOnTheSameDayKeepsTheTrainOfTheRecord(String text, String time) {
        f.answerTo("guangxi", "2026-11-23T09:00", "广西有8个人下午3点先走 坐G571");

        f.answerTo("guangxi", "2026-11-23T11:00", text);

        assertThat(f.movementsOf("guangxi")).containsExactly(leaving("guangxi", "2026-11-23", time, 8, "G571"));
    }

    @Test
    void theSameTenSaidGoneWithOtherNewsAreNotRecordedAgain() {
        f.answerTo("hebei", "2026-11-23T09:00", "我们10个人明早6点走");

        assertThat(f.answerTo("hebei", "2026-11-24T08:00", "我们10个人已经走了 剩下26个早饭照常吃"))
                .contains("已有记录：河北省代表团 11月24日（周二）06:00 离开 10人，无需重复");
        assertThat(f.movementsOf("hebei")).hasSize(1);
    }

    @Test
    void theLeaversReachingTheAirportAreNoArrival() {
        f.answerTo("hebei", "2026-11-23T09:00", "我们10个人明早6点走");

        String before = f.lastTo(ConversationFixture.GROUP).text();
        f.say("hebei", "2026-11-24T09:00", "早上走的那10个人已经到机场了 一切顺利");

        assertThat(f.lastTo(ConversationFixture.GROUP).text())
                .as("no answer: talk")
                .isEqualTo(before);
        assertThat(f.movementsOf("hebei")).singleElement().isInstanceOf(Departure.class);
    }

    @Test
    void aWholeDelegationSayingGoodbyeOnTheDayConfirmsItsRecordedDeparture() {
        f.answerTo("chongqing", "2026-11-29T07:00", "我们今天9:30 G1502走");

        assertThat(f.answerTo("chongqing", "2026-11-29T08:00", "早上好 今天我们走啦 这几天辛苦大家了"))
                .isEqualTo("已有记录：重庆市代表团 11月29日（周日）09:30 离开（全团），G1502，无需重复");
        assertThat(f.movementsOf("chongqing"))
                .containsExactly(leaving("chongqing", "2026-11-29", "09:30", null, "G1502"));
    }

    @Test
    void theSameDepartureSentAgainLaterIsNotRecordedTwice() {
        f.answerTo("chongqing", "2026-11-29T07:00", "我们今天9:30 G1502走");

        assertThat(f.answerTo("chongqing", "2026-11-29T07:40", "我们今天9:30 G1502走"))
                .endsWith("无需重复");
        f.say("chongqing", "2026-11-29T10:00", "我们今天9:30 G1502走");
        assertThat(f.movementsOf("chongqing")).hasSize(1);
    }

    @Test
    void oneSaidGoneAgainAfterTheirDepartureIsRecordedIsNotASecondOne() {
        f.answerTo("hebei", "2026-11-23T15:00", "有1个回石家庄了");

        assertThat(f.answerTo("hebei", "2026-11-23T15:30", "有1个回石家庄了")).endsWith("无需重复");
        assertThat(f.movementsOf("hebei")).hasSize(1);
    }

    @Test
    void aCorrectionReplacesTheSendersWrongDepartureAndKeepsItsHour() {
        String first = "重庆晚上44个人 哦对了有6个教练下午4点坐高铁先回重庆了 所以晚上是38";
        // the reading the trial met: the whole delegation leaving
        misread.put(
                first,
                new ParseOutcome.Understood(List.of(
                        leaving("chongqing", "2026-11-23", "16:00", 44, null),
                        new MealCount("chongqing", LocalDate.parse("2026-11-23"), "DINNER", 38))));
        f.answerTo("chongqing", "2026-11-23T12:00", first);

        assertThat(f.answerTo("chongqing", "2026-11-23T12:05", "不是 是6个教练走了 其他人还在 明天照常吃饭的"))
                .startsWith("已有记录：重庆市代表团 11月23日（周一）16:00 离开 44人，已更新为6人");
        assertThat(f.movementsOf("chongqing")).contains(leaving("chongqing", "2026-11-23", "16:00", 6, null));
        assertThat(f.movementsOf("chongqing")).noneMatch(m -> m.count() != null && m.count() == 44);
    }

    @Test
    void aCorrectionOfPartOfADelegationLeavingKeepsItsCountUnlessItSaysAnother() {
        f.answerTo("chongqing", "2026-11-23T10:30", "我们有8个人明天下午走 坐G1118");

        assertThat(f.answerTo("chongqing", "2026-11-23T11:50", "不对 是今天下午走 今晚就不在了"))
                .doesNotContain("全团");
        assertThat(f.movementsOf("chongqing"))
                .extracting(Movement::count, Movement::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, LocalDate.parse("2026-11-23")));

        f.answerTo("chongqing", "2026-11-23T11:55", "不对 全团都是今天下午走");
        assertThat(f.movementsOf("chongqing")).extracting(Movement::count).containsExactly((Integer) null);
    }

    @Test
    void aCorrectionRestatingThePlanRemovesTheWrongDeparture() {
        misread.put(
                "重庆明天走", new ParseOutcome.Understood(List.of(leaving("chongqing", "2026-11-24", null, null, null))));
        f.answerTo("chongqing", "2026-11-23T12:00", "重庆明天走");

        assertThat(f.answerTo("chongqing", "2026-11-23T12:10", "重庆明天不走！！是11月29号走 原计划不变 请删掉"))
                .startsWith("已有记录：重庆市代表团 11月24日（周二）离开（全团），已删除");
        assertThat(f.movementsOf("chongqing")).isEmpty();
        assertThat(f.diners(LocalDate.parse("2026-11-25"), "LUNCH", "chongqing"))
                .isEqualTo(44);
    }

    @Test
    void anotherGroupOfAnotherSizeIsStillASecondDeparture() {
        f.answerTo("hebei", "2026-11-23T09:00", "我们10个人明早6点走");
        f.answerTo("hebei", "2026-11-23T09:30", "另外5个人明天下午3点走");

        assertThat(f.movementsOf("hebei")).hasSize(2);
    }
}
