package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;

/**
 * The forty-first trial's arrivals with one short, on the games sample's arrival days (11-17, 11-18): a shortfall with
 * no figure of those who came ("人都在 不过少一个") is asked about as the arrival, offering the plan less the ones short;
 * the replies ("59", "确认", "明天到") complete that arrival, the ones short never moving the team; figures adding up to
 * more than the team has are asked about, not recorded; an undone message takes its 确认 prompt with it.
 */
class ArrivalShortQuestionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|2026-11-17T11:50|人都在 不过少一个|60|59|1",
                "guangdong|2026-11-18T11:35|都到了 就差一个|37|36|1",
                "jiangsu|2026-11-18T10:20|人齐了 少了俩|34|32|2",
                "liaoning|2026-11-17T12:20|差一个人 其他都到了|33|32|1",
                "anhui|2026-11-17T09:50|人都到了 就少一个|29|28|1",
                "shandong|2026-11-17T13:40|就差两个了 其余都到了|41|39|2"
            })
    void aShortfallWithNoFigureOffersThePlanLessTheOnesShort(
            String team, String at, String text, int planned, int came, int missing) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo(team, at, text);

        assertThat(answer)
                .contains(planned + "人中" + came + "人已到，" + missing + "人未到？")
                .contains("请回复“确认”")
                .contains("明天到")
                .doesNotContain("哪一餐");
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|2026-11-17T11:50|人都在 不过少一个|59|59|0|0",
                "guangdong|2026-11-18T11:35|人都在 不过少一个|明天到|36|1|1",
                "jiangsu|2026-11-18T10:20|都到了 就差一个|确认|33|0|0",
                "liaoning|2026-11-17T12:20|差一个人 其他都到了|明天中午到|32|1|1",
                "anhui|2026-11-17T09:50|人都在 少两个|对 26个|26|0|0",
                "shandong|2026-11-17T13:40|人齐了 少了俩|39 明天到|39|2|1",
                "zhejiang|2026-11-17T15:40|人都在 不过少一个|那个后天到|37|1|2",
                "hebei|2026-11-17T19:40|到了 还差两个|还没定|34|0|0"
            })
    void theRepliesCompleteTheArrival(
            String team, String at, String text, String reply, int came, int later, int daysLater) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say(team, at, text);
        String replyAt = at.substring(0, 15) + "3";

        String answer = f.soleAnswerTo(team, replyAt, reply);

        assertThat(answer).startsWith("已记录").contains("抵达 " + came + "人").doesNotContain("全团）");
        LocalDate day = LocalDate.parse(at.substring(0, 10));
        assertThat(f.movementsOf(team)).hasSize(later == 0 ? 1 : 2);
        assertThat(f.movementsOf(team).get(0)).isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.count()).isEqualTo(came);
            assertThat(a.date()).isEqualTo(day);
            assertThat(a.time()).isEqualTo(LocalTime.parse(replyAt.substring(11)));
        });
        if (later > 0)
            assertThat(f.movementsOf(team).get(1)).isInstanceOfSatisfying(Arrival.class, a -> {
                assertThat(a.count()).isEqualTo(later);
                assertThat(a.date()).isEqualTo(day.plusDays(daysLater));
            });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖北人都在 不过少一个|59|59|1", "湖北都到了 就差一个|明天到|59|2", "湖北的人齐了 少了俩|确认|58|1"})
    void aCoordinatorsReplyCompletesTheTeamsArrival(String text, String reply, int came, int records) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        assertThat(f.answerTo("tian", "2026-11-17T11:50", text)).contains("人已到，");

        assertThat(f.answerTo("tian", "2026-11-17T11:51", reply))
                .startsWith("已记录")
                .contains("抵达 " + came + "人");
        assertThat(f.movementsOf("hubei")).hasSize(records);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"中午|LUNCH|59", "晚饭|DINNER|59", "今晚|DINNER|59"})
    void withNoArrivalExpectedAMealNamedInReplyIsThatMeal(String reply, String meal, int diners) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hubei", "2026-11-20T09:50", "人都在 不过少一个");

        assertThat(f.answerTo("hubei", "2026-11-20T09:51", reply)).startsWith("已记录");
        assertThat(f.diners(LocalDate.parse("2026-11-20"), meal, "hubei")).isEqualTo(diners);
        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @Test
    void aReplyThatSaysTheArrivalWholeIsReadAsItselfOnce() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hubei", "2026-11-17T11:50", "人都在 不过少一个");

        assertThat(f.answerTo("hubei", "2026-11-17T11:51", "对 来了59个 还有一个明天中午到"))
                .contains("抵达 59人")
                .contains("抵达 1人");
        assertThat(f.answerOrNull("hubei", "2026-11-17T11:52", "确认")).isNull();
        assertThat(f.movementsOf("hubei")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|2026-11-17T11:50|人都在 就是少一个凳子",
                "guangdong|2026-11-18T11:35|人都在 不过少一个碗",
                "liaoning|2026-11-17T12:20|车上人都在 少一个",
                "jiangsu|2026-11-18T10:20|都到了吗 还差一个？"
            })
    void lookAlikesAreNoArrival(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerOrNull(team, at, text);

        assertThat(answer == null ? "" : answer).doesNotContain("人已到").doesNotContain("抵达");
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @Test
    void withNoArrivalExpectedTheReplyOfADayNeverMovesTheTeam() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("hubei", "2026-11-20T11:50", "人都在 不过少一个")).contains("请问是抵达吗");
        assertThat(f.answerTo("hubei", "2026-11-20T11:51", "明天到")).contains("到了多少人");
        assertThat(f.movementsOf("hubei")).isEmpty();
        assertThat(f.answerTo("hubei", "2026-11-20T11:52", "59")).contains("抵达 59人");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shaanxi|2026-11-17T13:00|到了33人 还有1个明天到|33|34",
                "liaoning|2026-11-17T12:20|到了33人 还有1个明天到|33|34",
                "jiangsu|2026-11-18T10:20|34人已到，1人未到|34|35",
                "guangdong|2026-11-18T11:40|到了37个 差两个后天到|37|39",
                "hubei|2026-11-17T11:50|来了60 还差一个|60|61",
                "anhui|2026-11-17T09:50|我们到了 人都在 不过少一个 29人|29|30"
            })
    void figuresAboveTheTeamAreAskedNotRecorded(String team, String at, String text, int size, int sum) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo(team, at, text);

        assertThat(answer)
                .contains("全团" + size + "人")
                .contains("合计" + sum + "人，多于全团人数")
                .contains("请回复“" + size + "人已到”")
                .doesNotContain("已记录");
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @Test
    void figuresAboveTheTeamConfirmedAreRecordedAsSaid() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shaanxi", "2026-11-17T13:00", "到了33人 还有1个明天到");

        assertThat(f.answerTo("shaanxi", "2026-11-17T13:01", "确认")).contains("抵达 33人");
        assertThat(f.movementsOf("shaanxi")).extracting(Movement::count).containsExactly(33, 1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shaanxi|2026-11-17T13:00|到了33人 还有1个明天到|33人已到|33",
                "liaoning|2026-11-17T12:20|到了33人 还有1个明天到|到了32人 还有1个明天到|33",
                "guangdong|2026-11-18T11:40|到了37个 差两个后天到|到了35个 差两个后天到|37",
                "hubei|2026-11-17T11:50|来了60 还差一个|来了59 还差一个|60"
            })
    void theFigureSaidRightAfterwardsSettlesTheQuestion(String team, String at, String text, String right, int size) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say(team, at, text);

        assertThat(f.answerTo(team, at.substring(0, 15) + "1", right)).doesNotContain("多于全团");
        f.say(team, at.substring(0, 15) + "2", "确认");

        assertThat(f.movementsOf(team).stream()
                        .mapToInt(m -> m.count() == null ? size : m.count())
                        .sum())
                .isLessThanOrEqualTo(size)
                .isGreaterThanOrEqualTo(size - 1);
    }

    @Test
    void figuresWithinTheTeamAreRecordedAtOnce() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("jiangsu", "2026-11-18T10:20", "到了33人 还有1个明天到"))
                .startsWith("已记录")
                .doesNotContain("多于全团");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|2026-11-29T08:00|明天早饭打包 20份 7点前走",
                "hubei|2026-11-29T08:00|明天早饭打包 30份 7点前走",
                "shanghai|2026-11-29T09:00|明早早餐打包10份 6点半走",
                "yunnan|2026-11-29T10:00|明天早餐打包25份 7点前出发",
                "jilin|2026-11-29T10:00|明天早饭打包15份 8点前走"
            })
    void anUndoneMessageTakesItsPromptWithIt(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        assertThat(f.answerTo(team, at, text)).contains("请确认");
        assertThat(f.answerTo(team, at.substring(0, 15) + "1", "撤销")).contains("一并撤回");

        String again = f.answerTo(team, at.substring(0, 15) + "2", text);

        assertThat(again).contains("请确认").doesNotContain("已由本条代替");
    }

    @Test
    void aConfirmationAfterTheUndoFindsNothingWaiting() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("beijing", "2026-11-29T08:00", "明天早饭打包 20份 7点前走");
        f.say("beijing", "2026-11-29T08:01", "撤销");

        f.say("beijing", "2026-11-29T08:02", "确认");

        assertThat(f.movementsOf("beijing")).isEmpty();
    }
}
