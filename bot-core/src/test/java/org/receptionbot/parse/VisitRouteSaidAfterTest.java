package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * What a visit change leaves unsaid, said in the clause right after it: the route of people who got off a route's
 * bus on the way (在服务区下车了，不去北海了: one drop-out, from that route), and the delegation of people added to a
 * route (北海线加一个人 黑龙江厅的, 北海线再加1人，服务中心小李临时跟车). Other people or another delegation said
 * there make a statement of their own.
 */
class VisitRouteSaidAfterTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T15:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "|4号车联络员：河北厅一位代表晕车，在服务区下车了，不去北海了，司机送他回山庄|hebei|1|beihai",
                "hunan|我们有个同志在服务区下车了 不去柳州了 打车回酒店了|hunan|1|liuzhou",
                "|江苏一位代表身体不舒服，中途下车了，百色去不了了，让司机送回酒店|jiangsu|1|baise"
            })
    void theRouteSaidAfterGettingOffIsTheOneLeft(String sender, String text, String team, int count, String route) {
        PARSER.check(text, sender)
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new VisitChange(team, count, route, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hebei|河北有一位代表在服务区下车了 回酒店了，另外还有两位不去北海了|hebei|1|hebei|2",
            })
    void otherPeopleAfterGettingOffDropOutOnTheirOwn(
            String sender, String text, String team, int count, String otherTeam, int otherCount) {
        PARSER.check(text, sender)
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactlyInAnyOrder(
                        new VisitChange(team, count, null, null),
                        new VisitChange(otherTeam, otherCount, "beihai", null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "北海线加一个人 黑龙江厅的 刚定下来|heilongjiang|1|beihai",
                "北海线再加1人，服务中心小李临时跟车，坐5号车|staff|1|beihai",
                "柳州线加两个人，湖南厅的，刚定下来|hunan|2|liuzhou",
                "百色线再加1位 是甘肃的小马 临时定的|gansu|1|baise"
            })
    void theDelegationSaidAfterAnAdditionIsItsOwn(String text, String team, int count, String route) {
        PARSER.at("2026-12-09T12:30")
                .check(text, null)
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new VisitChange(team, count, null, route));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "北海线加一个人，湖南厅那边少一个",
                "北海线再加1人，湖南厅3人坐5号车",
                "北海线再加1人，湖南厅的小王晚饭不吃",
            })
    void anotherStatementOfADelegationAfterAnAdditionLeavesItsOwnerAsked(String text) {
        PARSER.at("2026-12-09T12:30")
                .check(text, null)
                .thenRecords()
                .filteredOn(r -> r instanceof VisitChange && ((VisitChange) r).to() != null)
                .allMatch(r -> ((VisitChange) r).delegation() == null);
    }
}
