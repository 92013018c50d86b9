package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/**
 * A room in use not cleaned, its towels not changed ("1206和1208房间早上到现在还没打扫 毛巾也没换", trial 49), is HYGIENE;
 * the room numbers are never people figures, beside meal figures too. A room not yet ready for people arriving stays
 * ROOM.
 */
class RoomNotCleanedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:35");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shaanxi|陕西午餐33人，晚餐33人，另外1206和1208房间早上到现在还没打扫 毛巾也没换|2",
                "shaanxi|1206和1208房间早上到现在还没打扫 毛巾也没换|0",
                "hunan|湖南中午35 晚上35 我们408房间今天没人打扫 毛巾都没换|2",
                "gansu|5号楼418房毛巾也没有换 垃圾也没倒|0",
                "fujian|福建1502房间没人打扫 浴巾也没换|0"
            })
    void towelsNotChangedAreHygieneAndTheRoomNoFigure(String sender, String text, int meals) {
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof Issue)
                .extracting(r -> ((Issue) r).category())
                .containsExactly(IssueCategory.HYGIENE);
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof MealCount)
                .hasSize(meals)
                .allMatch(r -> ((MealCount) r).count() != null && ((MealCount) r).count() < 100);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南到了，房间还没打扫出来，35个人在大厅等着", "ningxia|宁夏这边房间还没打扫好 队员在大堂等了半个多小时了"})
    void aRoomNotReadyForArrivingPeopleStaysRoom(String sender, String text) {
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof Issue)
                .extracting(r -> ((Issue) r).category())
                .containsExactly(IssueCategory.ROOM);
    }
}
