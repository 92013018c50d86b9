package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.IssueCategory;

/**
 * Session 37: a later check-out or a longer stay asked for is a ROOM issue, with the train, the bus or the luggage
 * said as its reason ({@link StayChanges#asked}), after relief (太好了) and without 能不能 ({@link StayExtended}); a
 * bus fault beside it keeps its kind, and a longer stay not wanted or a check-out thanked for asks nothing.
 */
class LateCheckOutAskedTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-28T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南能不能延迟退房到下午两点 我们的车是晚上的",
                "hebei|退房能不能推迟到下午4点 我们的车是6点的 行李太多没地方放",
                "xinjiang|太好了 我们明天下午4点的车 能不能再晚点退 到3点",
                "guizhou|今晚要住一晚 房间能续吗",
                "shanxi|有两个队员要多待一天 房间能续住吗",
                "fujian|我们改签到后天了 再多住一晚可以吗"
            })
    void aLaterCheckOutOrALongerStayAskedIsTheRooms(String sender, String text) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).containsExactly(IssueCategory.ROOM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|能不能延迟退房到下午两点 3号车坏了 走不了|VEHICLE", "hunan|能不能延迟退房到下午两点 我们的车坏了|VEHICLE"})
    void aBusFaultBesideItKeepsItsKind(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).contains(category);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|房间不用续了吧？我们下午就走",
                "hunan|谢谢前台帮我们延迟退房到两点 点赞",
                "hunan|我们不续住了吗？那下午按时退房",
                "''|续住的团几点退房？",
                "hunan|太好了 谢谢前台"
            })
    void aLongerStayNotWantedOrACheckOutThankedForAsksNothing(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }
}
