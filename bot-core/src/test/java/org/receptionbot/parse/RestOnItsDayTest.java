package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.PartOfDay;

/** A day said right before the rest of a delegation, after part of it leaving, is the rest's day. */
class RestOnItsDayTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-21T11:20");

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void theRestOnTheDaySaidBeforeThem() {
        SPORTS.check("天津有8个人今天下午先走 明天剩下的走", "tianjin")
                .contract(
                        new Departure("tianjin", day("2026-11-21"), null, 8, null, PartOfDay.AFTERNOON),
                        new Departure("tianjin", day("2026-11-22"), null, null, null));
        SPORTS.check("江西明天上午先走10人 坐K1158 后天剩余人员全部离开", "jiangxi")
                .contract(
                        new Departure("jiangxi", day("2026-11-22"), null, 10, "K1158", PartOfDay.MORNING),
                        new Departure("jiangxi", day("2026-11-23"), null, null, null));
    }

    @Test
    void theDayOfTheRestIsNotTheFirstPeoplesDay() {
        SPORTS.check("天津有8个人先走 明天其余的人走", "tianjin")
                .contract(
                        new Departure("tianjin", day("2026-11-21"), null, 8, null),
                        new Departure("tianjin", day("2026-11-22"), null, null, null));
    }

    @Test
    void theRestSaidFirstOrStayingOnIsAsBefore() {
        SPORTS.check("天津有8个人今天下午先走 剩下的明天走", "tianjin")
                .contract(
                        new Departure("tianjin", day("2026-11-21"), null, 8, null, PartOfDay.AFTERNOON),
                        new Departure("tianjin", day("2026-11-22"), null, null, null));
        // a day before the rest with no movement said before it: nothing split off for the rest
        SPORTS.check("天津晚饭30个 明天剩下的照常", "tianjin").contractHasNo(Departure.class);
        // the rest staying on, with their day: only the people leaving
        SPORTS.check("天津有8个人今天下午先走 明天剩下的在酒店休息", "tianjin")
                .contract(new Departure("tianjin", day("2026-11-21"), null, 8, null, PartOfDay.AFTERNOON));
        SPORTS.check("天津有8个人今天下午先走 剩下的明天还要比赛", "tianjin")
                .contract(new Departure("tianjin", day("2026-11-21"), null, 8, null, PartOfDay.AFTERNOON));
        // the rest on a day of their own with nothing else said still leave then
        SPORTS.check("天津有8个人今天下午先走，其余后天", "tianjin")
                .contract(
                        new Departure("tianjin", day("2026-11-21"), null, 8, null, PartOfDay.AFTERNOON),
                        new Departure("tianjin", day("2026-11-23"), null, null, null));
    }
}
