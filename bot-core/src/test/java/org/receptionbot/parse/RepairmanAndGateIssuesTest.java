package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Visit;

/**
 * Who or what a problem is about decides its kind: a repairman unreachable is no driver ("维修师傅电话打不通" beside a
 * room fault), a room someone went back to fetch a thing from is no room matter ("回房间拿电脑的回来了 东门找不到7号车了"),
 * and someone refused at a gate for not being on the list is a problem for the organisers, never people on a route
 * ("柳州这边门卫说湖北有1位不在名单上，不让进").
 */
class RepairmanAndGateIssuesTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:40");

    private static List<IssueCategory> kinds(ParseOutcome o) {
        return o.records().stream()
                .filter(Issue.class::isInstance)
                .map(r -> ((Issue) r).category())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|8号楼前台：湖南厅708房间热水器不出热水，客人在前台等着，维修师傅电话打不通|ROOM",
                "hunan|房间空调不制热 修理师傅的电话一直打不通|ROOM",
                "qingdao|青岛那位回房间拿电脑的回来了 东门找不到7号车了 是不是已经开走了|VEHICLE",
                "qingdao|回去取东西的同志回来了 找不到5号车了|VEHICLE",
                "-|柳州这边门卫说湖北有1位不在名单上，不让进，麻烦会务组赶紧补发一下|OTHER",
                "hubei|党校门口保安不让我们进 说名单上没有我们|OTHER"
            })
    void theProblemIsOfItsOwnKindOnly(String sender, String text, IssueCategory kind) {
        ParseOutcome o = PARSER.read(text, sender);

        assertThat(kinds(o)).as(text).containsExactly(kind);
        assertThat(o.records()).as(text).noneMatch(Visit.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|湖南厅的黄师傅电话打不通|VEHICLE",
                "-|黄师傅电话打不通 车在哪|VEHICLE",
                "qingdao|回房间一看 空调坏了|ROOM",
                "qingdao|回房间发现房卡打不开门|ROOM"
            })
    void aDriverOrTheRoomItselfKeepsItsKind(String sender, String text, IssueCategory kind) {
        assertThat(kinds(PARSER.read(text, sender))).as(text).containsExactly(kind);
    }
}
