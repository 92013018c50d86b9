package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 40: a list of people asked to be sent or checked ({@link ListAsked}) is an ISSUE {@code OTHER}, whatever
 * vehicle it names; a list sent or promised, asked of peers in private, or plates alone are no request.
 */
class IssueListAskedTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-08T16:00");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我是百色市接待办小黄，麻烦会务组把后天百色线的名单和车牌号发我一下，我们要报备",
                "柳州市接待办：明天到厂里参观 请会务组今晚把分车名单发一下 要报酒店",
                "麻烦把北海线最终人数和车号发给我们 门岗要登记",
                "北海接待办：下车人数对不上 麻烦随车联络员核一下名单发给我们",
                "北海接待办：请把分车名单发一下 我们要提前报备"
            })
    void listAsked(String text) {
        assertThat(IssueCases.issues(AT, null, text))
                .as(text)
                .extracting(Issue::category)
                .containsExactly(IssueCategory.OTHER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我马上把北海线名单发给陈科长",
                "我是3号车随车联络员，北海线的联络员麻烦把本团名单私发我一下",
                "请把三台大巴的车牌发一下 我们要报给厂区门口",
                "北海线名单已发陈科长 请查收",
                "请各厅联络员今晚把考察名单发一下 过时按分组名单执行",
                "随车联络员小黄：明天3号车跑柳州线 请柳州线的联络员把名单发我 上车点名"
            })
    void noRequest(String text) {
        assertThat(IssueCases.issues(AT, null, text)).as(text).isEmpty();
    }
}
