package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 64: a team, or the part of it leaving today, said gone first in a message ("江苏32个出发了 留下的两个在医院输液",
 * "重庆全部出发了 谢谢！外套…") confirms the departure due, and the words after it are read as a message of their own;
 * a leaving to come, a denial, another figure or a departure hours away confirms nothing.
 */
class PartsSaidGoneTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    /** 江苏: 32 leave at 11:30 on D2236, two stay until tomorrow. */
    private static ConversationFixture jiangsuSplit() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());
        f.say("jiangsu", "2026-11-29T08:30", "江苏先走32个 11点半D2236 还有2个明天再走");
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏32个出发了 留下的两个在医院陪护", "江苏32个出发了", "江苏32个已经上车了 去车站", "江苏走的32个已经上大巴去车站了 谢谢"})
    void thePartDueSaidGoneIsConfirmed(String text) {
        ConversationFixture f = jiangsuSplit();

        String answer = f.answerTo("jiangsu", "2026-11-29T11:20", text);

        assertThat(answer).startsWith("已确认：江苏省代表团 32人已离开").doesNotContain("没能看懂");
        assertThat(f.movementsOf("jiangsu")).contains(new Departure("jiangsu", DAY, LocalTime.of(11, 20), 32, "D2236"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏32个明天出发", "江苏32个还没出发", "江苏32个走不了了", "江苏32个出发了吗"})
    void aLeavingToComeOrAnotherFigureConfirmsNothing(String text) {
        ConversationFixture f = jiangsuSplit();

        String answer = f.answerOrNull("jiangsu", "2026-11-29T11:20", text);

        assertThat(answer == null ? "" : answer).doesNotContain("已确认：江苏省代表团 32人已离开");
    }

    @Test
    void theWholeTeamGoneThenAnotherMatterFilesItToo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());

        String answer = f.answerTo("chongqing", "2026-11-29T14:40", "重庆全部出发了 谢谢！外套有个队员落在土家山寨餐厅了 蓝色冲锋衣 能不能帮忙寄回重庆 运费到付");

        assertThat(answer).startsWith("已确认：重庆市代表团 全团44人已离开").contains("问题#1");
        assertThat(f.issue(1).issue().toString()).contains("冲锋衣");
    }

    @Test
    void theLeaversSaidOnTheBusAreConfirmed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());
        f.say("sichuan", "2026-11-28T12:00", "四川明天有8个先走 下午4点的火车");

        String answer = f.answerTo("sichuan", "2026-11-29T15:40", "四川走的8个已经上10号车去车站了 谢谢田老师");

        assertThat(answer).startsWith("已确认：四川省代表团 8人已离开");
    }

    @Test
    void theTeamGoneWithItsHourAndFigureIsConfirmed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-30");
        f.say("guangdong", "2026-11-29T20:15", "广东改坐明天下午4点20的CZ3372从恩施机场走 37人");

        String answer = f.answerTo("guangdong", "2026-11-30T13:55", "广东的 我们1点半已经出发去机场了 37人 一个不少");

        assertThat(answer).startsWith("已确认：广东省代表团").contains("37人已离开").doesNotContain("没能看懂");
    }
}
