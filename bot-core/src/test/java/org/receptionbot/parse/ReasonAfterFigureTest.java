package org.receptionbot.parse;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;

/**
 * A route's old figure, its figure now and a reason typed right after it with no space: the figure now only, and no
 * question whether a route change was left unread (the change is in that figure).
 */
class ReasonAfterFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T10:30");

    @Test
    void theFigureNowIsRecordedAndNothingIsAsked() {
        String[][] said = {
            {"hunan", "北海本来3个现在变4个因为处里小王也想去", "beihai", "4"},
            {"fujian", "北海原来6个现在5个因为有个同志要留下写材料", "beihai", "5"},
            {"hebei", "北海线本来5个现在变4个因为王处要参加另一个会", "beihai", "4"},
            {"jiangsu", "百色本来3个现在变2个由于小李要陪领导", "baise", "2"},
            {"shandong", "柳州本来4个现在变成5个是因为办公室小张也要去", "liuzhou", "5"}
        };
        for (String[] s : said) {
            PARSER.check(s[1], s[0]).understood().records(new Visit(s[0], s[2], Integer.valueOf(s[3])));
        }
    }

    @Test
    void anIllnessGivenAsTheReasonIsStillFiled() {
        PARSER.check("四川北海本来4个现在3个因为有个同志发烧了要看医生")
                .thenRecords()
                .contains(new Visit("sichuan", "beihai", 3))
                .hasSize(2);
    }
}
