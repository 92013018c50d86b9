package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;

/** A problem filed beside other records keeps its own words as its text; alone, the message as it was sent. */
class IssueOwnWordsTest {
    private final MessageParser parser = new MessageParser(TestEvents.reference());

    private String text(String sender, String message) {
        ParseOutcome o = parser.parse(
                message, OffsetDateTime.parse("2026-11-24T11:00:00+08:00").toInstant(), sender);
        return o.records().stream()
                .filter(r -> r instanceof Issue)
                .map(r -> ((Issue) r).text())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no issue in " + o));
    }

    @Test
    void aHealthMatterBesideADinnerFigureWithFillersIsItsOwnStatement() {
        assertThat(text("anhui", "安徽的 今晚 呃 二十七个 有两个发烧在房间休息")).isEqualTo("有两个发烧在房间休息");
    }

    @Test
    void aHealthMatterAfterALunchFigureLeavesTheFigureOut() {
        assertThat(text("henan", "河南中午38个 还有2个陪发烧的队员在医院输液")).isEqualTo("还有2个陪发烧的队员在医院输液");
    }

    @Test
    void aMatterBeforeTheFigureLeavesTheFigureOut() {
        assertThat(text("hunan", "有个队员发烧了，晚饭少1人")).isEqualTo("有个队员发烧了");
    }

    @Test
    void aProblemAloneKeepsTheWholeMessage() {
        assertThat(text("hunan", "嗯 那个 房间空调坏了 麻烦来修一下")).isEqualTo("嗯 那个 房间空调坏了 麻烦来修一下");
    }

    @Test
    void fillersStandingAloneAreDroppedButADemonstrativeStays() {
        assertThat(IssueTexts.tidy("哈 那个 扭伤的那个队员 嗯 脚肿了")).isEqualTo("扭伤的那个队员 脚肿了");
    }
}
