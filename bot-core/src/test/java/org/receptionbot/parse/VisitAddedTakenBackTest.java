package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.VisitChange;

/**
 * People added to a route the plan had none of the delegation on, then dropped again: 又 before the drop word
 * (李处又不去柳州了) or 那 pointing at them (柳州线那1人不去了, 刚才加的那位) is a drop-out read as said; a drop-out of
 * an unplanned route with nothing pointing at people added is still asked.
 */
class VisitAddedTakenBackTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T11:20");

    @ParameterizedTest
    @CsvSource({
        "hebei, 河北的李处又不去柳州了, 1, liuzhou",
        "ningbo, 宁波北海线那位不去了, 1, beihai",
        "qinghai, 青海刚才加的那位又不去柳州了, 1, liuzhou",
        "jingwei, 警卫局柳州线那1人不去了, 1, liuzhou"
    })
    void peopleAddedBeforeDropOut(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, route, null));
    }

    @ParameterizedTest
    @CsvSource({"tianjin, 天津柳州线少1个", "hebei, 河北柳州线有1个不去了", "ningbo, 那个宁波北海线有两个不去了"})
    void anUnplannedRouteWithNoOneAddedIsAsked(String sender, String text) {
        PARSER.check(text, sender).asks().hasNo(VisitChange.class);
    }
}
