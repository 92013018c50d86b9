package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/**
 * Packed food not received ("打包早饭没拿到 餐厅说没接到通知", trial 47) is a meal problem, never the meal as planned; food
 * received, packing asked about with no figure and talk about packing are no problem. Early leavers off to an early
 * flight (赶早班机) with their breakfast packed are leaving, their breakfast a packing request.
 */
class PackedNotReceivedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T06:10");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bingtuan|打包早饭没拿到 餐厅说没接到通知|bingtuan",
                "hunan|我们的打包早餐还没送来|hunan",
                "hubei|打包的早饭没领到 前台说不知道|hubei",
                "yunnan|还没拿到打包的早饭 车马上要开了|yunnan",
                "-|湖南的打包盒饭还没送到|hunan",
                "guangxi|广西打包早餐没收到 6点半就要走|guangxi"
            },
            nullValues = "-")
    void packedFoodNotReceivedIsAMealProblem(String sender, String text, String delegation) {
        PARSER.check(text, sender)
                .thenContract()
                .anyMatch(r ->
                        r instanceof Issue i && i.category() == IssueCategory.MEAL && delegation.equals(i.delegation()))
                .noneMatch(r -> r instanceof MealCount);
    }

    @org.junit.jupiter.api.Test
    void theLeaversGoneBesideItStay() {
        PARSER.check("兵团8个人已经出发去机场了 打包早饭没拿到 餐厅说没接到通知😓", "bingtuan")
                .contractHas(Departure.class)
                .thenContract()
                .anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|打包早饭拿到了 谢谢",
                "hubei|湖北的打包早餐都领到了 7份 辛苦",
                "hunan|早饭能打包吗？",
                "hunan|明早打包那个事跟餐厅说了吗",
                "hunan|餐厅说没接到通知的话我再问问"
            })
    void receivedOrAskedOrTalkIsNoProblem(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"bingtuan|明天早上有8个要去赶早班机 6点就走 给他们打包8份早饭|8", "hunan|明早有5个人赶早班机 5点半走 早饭打包5份|5"})
    void earlyLeaversToAFlightLeaveWithTheirBreakfastPacked(String sender, String text, int leavers) {
        PARSER.at("2026-11-23T20:05")
                .check(text, sender)
                .thenContract()
                .anyMatch(r -> r instanceof Departure d
                        && d.count() == leavers
                        && d.date().equals(LocalDate.of(2026, 11, 24)));
    }
}
