package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-seventh trial's meal request filed beside a figure, on the games sample, as a chat: portions kept for
 * people said before 留 ("给晚到的4个留饭") are a request to the caterer; 撤销 of the message withdraws the request
 * with its figure, says so, and tells the caterer's chat and the coordinators' (where the request went) that it is
 * withdrawn, before the meal's deadline as after it.
 */
class KeptPortionsAndUndoTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|晚饭50 另外给晚到的4个留饭",
                "guizhou|晚饭45 给后到的3个人留一下饭",
                "sichuan|今天晚饭40个 还有2位要留饭",
                "yunnan|晚上50人 比赛回来晚的5个人留份饭",
                "hunan|晚饭30 另外训练的两个人需要留饭"
            })
    void portionsKeptForPeopleSaidBeforeTheKeepingAreARequestToTheCaterer(String team, String text) {
        String answer = f.answerTo(team, "2026-11-23T10:30", text);

        assertThat(answer).contains("晚餐 报餐").contains("问题#1 【餐饮】");
        assertThat(f.cateringNotices()).singleElement().asString().contains("留");
    }

    @ParameterizedTest
    @ValueSource(strings = {"昨天给4个人留饭了 谢谢", "4个留饭的吃上了吗"})
    void keepingSaidDoneOrAskedAboutFilesNothing(String text) {
        f.say("hubei", "2026-11-23T10:30", text);

        assertThat(f.cateringNotices()).isEmpty();
    }

    @Test
    void undoingTheMessageWithdrawsTheRequestAndTellsTheCaterer() {
        f.answerTo("hubei", "2026-11-23T10:30", "晚饭50 另外给晚到的4个留饭");

        String undone = f.answerTo("hubei", "2026-11-23T10:32", "撤销");

        assertThat(undone)
                .startsWith("已撤销：")
                .contains("晚餐恢复为60人")
                .contains("问题#1已撤回：【餐饮】湖北省代表团")
                .contains("已通知餐饮保障组");
        assertThat(f.issue(1).withdrawn()).isTrue();
        assertThat(f.cateringNotices()).hasSize(2).last().asString().startsWith("【餐饮需求】问题#1已撤回（");
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).startsWith("问题#1已撤回（");
        assertThat(f.diners(MONDAY, "DINNER", "hubei")).isEqualTo(60);
    }

    @Test
    void undoingAPackedMealAfterTheDeadlineWithdrawsItOnce() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包10份 他们6点前要走");

        String undone = f.answerTo("hunan", "2026-11-23T19:31", "撤销");

        assertThat(undone).contains("问题#1已撤回：【餐饮】湖南省代表团").contains("6点前");
        assertThat(f.cateringNotices())
                .hasSize(2)
                .last()
                .asString()
                .contains("已撤回")
                .contains("6点前");
    }
}
