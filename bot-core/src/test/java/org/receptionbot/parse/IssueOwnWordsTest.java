package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;

/** A problem filed beside other records keeps its own words as its text; alone, the message as it was sent. */
class IssueOwnWordsTest {
    private static final ParserFixture GAMES = ParserFixture.of(TestEvents.reference(), "2026-11-24T11:00");
    /** The reference conference, on its visit day before the routes leave. */
    private static final ParserFixture VISIT_DAY = ParserFixture.of(TestEvents.conference(), "2026-12-09T12:30");

    private static String text(String sender, String message) {
        return text(GAMES, sender, message);
    }

    private static String visitText(String sender, String message) {
        return text(VISIT_DAY, sender, message);
    }

    private static String text(ParserFixture parser, String sender, String message) {
        return IssueCases.issues(parser, sender, message).stream()
                .map(Issue::text)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no issue in " + parser.read(message, sender)));
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

    @Test
    void anIllnessSaidAfterADropOutKeepsTheClauseThatSaysIt() {
        assertThat(visitText(null, "广西3个百色的 有1个去不了了 身体不舒服")).contains("身体不舒服").doesNotContain("广西3个");
        assertThat(visitText(null, "福建北海的6个 有2个去不了了 发烧了")).isEqualTo("有2个去不了了 发烧了");
        assertThat(visitText(null, "江苏百色的4个 有1个去不成了 拉肚子")).contains("拉肚子").doesNotContain("江苏百色");
    }

    @Test
    void anIllnessBetweenARoutesFiguresLeavesBothFiguresOut() {
        assertThat(visitText(null, "河南百色线6个 有一个身体不舒服不去了 5个")).isEqualTo("有一个身体不舒服不去了");
        assertThat(visitText("sichuan", "北海4个 有1个发烧了 去不成了 3个")).isEqualTo("有1个发烧了 去不成了");
        assertThat(visitText(null, "湖北柳州线6个人 有一个拉肚子 不去了 5个人")).isEqualTo("有一个拉肚子 不去了");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "hunan, 湖南中午40 晚上42 房间卫生间漏水了 1205, 房间卫生间漏水了 1205",
        "anhui, 安徽今晚27个 空调坏了 麻烦来修一下 808, 空调坏了 麻烦来修一下 808",
        "henan, 河南中午三十八个 马桶堵了 2316, 马桶堵了 2316",
        "hunan, 晚饭少2人 房间没有热水 洗不了澡 1012, 房间没有热水 洗不了澡 1012",
        "anhui, 安徽午饭25 晚饭25 门锁打不开 305 请派人看看, 门锁打不开 305 请派人看看"
    })
    void aRoomNumberSaidWithTheProblemBesideMealFiguresStaysInItsText(String sender, String message, String text) {
        assertThat(text(sender, message)).isEqualTo(text);
    }
}
