package org.receptionbot.parse;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/**
 * A bus's figure said all aboard (上齐) is the bus's head count, also with the trip home and its hour said after it;
 * riders not yet all aboard, or dishes all served, count no one.
 */
class AllAboardCountTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T19:40");

    @Test
    void theFigureAllAboardThenTheTripHomeAndItsHourIsTheBussCount() {
        PARSER.check("7号车31人已上齐 出发回南宁 预计22:50到山庄").records(new Headcount("7", 31, null));
    }

    @Test
    void allAboardWithItsParticleThenTheHourStillCounts() {
        PARSER.check("3号车28人都上齐了 马上出发 大概9点到").records(new Headcount("3", 28, null));
    }

    @Test
    void allAboardSaidBeforeTheFigureCountsToo() {
        PARSER.check("北海线5号车 上齐了 33个 准备返程").records(new Headcount("5", 33, null));
    }

    @Test
    void ridersNotYetAllAboardCountNoOne() {
        PARSER.check("人还没上齐 等一下").records();
    }

    @Test
    void dishesAllServedAreNoHeadCount() {
        PARSER.check("晚饭菜上齐了吗").records();
    }
}
