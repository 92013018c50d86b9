package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 35: what is said beside a report that asks nobody to act. People named by their illness beside a figure
 * ({@link LeftOutPatients}), a liaison's own group held up on the road ({@link OwnBusHeldUp}), a diet said to stay as
 * it is ({@link IssueMatters#dietAsBefore}) and a coordinator's offer ({@link CoordinatorOffers}) give no ISSUE; the
 * look-alikes that report a problem or ask for care still do.
 */
class IssueNotToActOnTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi|6号车广西的实到48人，两个发烧的在酒店",
                "hunan|5号车实到30人，2个受伤的在县医院",
                "yunnan|云南坐5车的实到是54 一个发烧的在酒店",
                "xinjiang|新疆中午四十五个 两个拉肚子的在房间休息 不吃",
                "hunan|湖南明早33人 两个感冒的不下来",
                "sichuan|四川晚饭40个 三个崴脚的在房间",
                "yunnan|云南中饭52 晚饭52 早上说的那三个生病的不算在里面",
                "shandong|山东的大巴堵在高速上了 估计下午2点半到",
                "henan|河南大巴在高速上 前面出事故了 要晚到 晚上6点才能到",
                "hubei|湖北大巴堵在收费站了 前面出事故 估计三点到",
                "ningxia|宁夏晚饭31，还是清真桌",
                "ningxia|宁夏午餐31，清真的还是单独一桌",
                "gansu|甘肃中午28人 清真的老样子",
                "''|需要派车去医院接吗",
                "''|天津的 退房要延一下吗",
                "''|湖南的 明天要不要派车送站"
            })
    void asksNobodyToAct(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南明天早饭33个 有两个发烧的 麻烦安排个医生|HEALTH",
                "hunan|湖南明天早饭33个 还有2个发烧在房间躺着|HEALTH",
                "hebei|河北那两个发烧的现在送县医院了 又有一个开始咳嗽 晚饭他们三个不吃|HEALTH",
                "hunan|雨太大了 3号车堵在半路过不去 湖南队还在场馆等车|VEHICLE",
                "jiangxi|305卫生间下水道堵了，一股臭味 估计要修|ROOM",
                "ningxia|宁夏队今天中午清真餐还是要31份啊 昨天有两个菜看着不太对 麻烦再跟厨房强调一下|MEAL",
                "''|土家山寨这边饭快不够了 还有三个团没来 要不要加菜|MEAL"
            })
    void aProblemSaidStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
