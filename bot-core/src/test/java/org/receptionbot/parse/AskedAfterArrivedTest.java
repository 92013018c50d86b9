package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * People who say they have arrived, then past a space a question of their own or something not found: the arrival is
 * read; the question does not make it a question. A question that asks whether they arrived, or an arrival still to
 * come, is not this.
 */
class AskedAfterArrivedTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-18T15:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "贵州40人终于到了 饭还有吗 累死了|guizhou|40",
                "四川45人到了 还有吃的吗 好饿|sichuan|45",
                "我们到站了 出口在哪|hunan|",
                "湖北落地了 大巴在哪里|hubei|",
                "河南到站了 门口没看到接站的 电话也没人接|henan|"
            })
    void theArrivalBeforeAQuestionIsRead(String text, String team, Integer count) {
        ParseOutcome read = AT.read(text, "hunan");

        assertThat(read.records())
                .as(text)
                .anyMatch(r -> r instanceof Arrival a
                        && a.delegation().equals(team)
                        && java.util.Objects.equals(a.count(), count));
    }

    /** A remark between the arrival and the question ties the question to the remark: a meal asked after hunger. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"四川6个已经到了 饿坏了 还有没有吃的|sichuan|6", "贵州3个刚到山庄 饿坏了 还有没有吃的|guizhou|3"})
    void aQuestionAfterARemarkStaysWithTheRemark(String text, String team, Integer count) {
        ParseOutcome read = AT.read(text, team);

        assertThat(read.records())
                .as(text)
                .anyMatch(r -> r instanceof Arrival a && a.delegation().equals(team) && count.equals(a.count()))
                .anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"贵州40人到了吗 饭还有吗 好饿", "贵州40人快到了 饭还有吗 好饿", "贵州40人明天到 饭还有吗 好饿", "贵州到了吗 饭还有吗"})
    void noArrivalWhenItIsAskedOrStillToCome(String text) {
        ParseOutcome read = AT.read(text, "guizhou");

        assertThat(read.records())
                .as(text)
                .noneMatch(r -> r instanceof Arrival a && a.date().toString().equals("2026-11-18") && a.time() == null);
    }
}
