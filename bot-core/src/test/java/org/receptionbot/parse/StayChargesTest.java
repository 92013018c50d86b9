package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.IssueCategory;

/**
 * Session 37: a charge the lodging makes at the check-out, or a deposit it holds back, is a ROOM issue
 * ({@link StayCharges}); the charge waived, the deposit paid back, a question of where to get it back, or a notice
 * about the deposit is none of it.
 */
class StayChargesTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-28T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tianjin|退房的时候清江大酒店前台说我们少了两条毛巾要赔钱 这个怎么处理啊",
                "guangdong|广东 九院宾馆305退房时前台说少了个电视遥控器 要赔200 麻烦协调一下",
                "jiangxi|九院宾馆退房 前台说押金要明天才能退 我们下午就走了 怎么办",
                "hebei|查房说床单上有个烟洞 前台要我们赔150",
                "shanxi|民宿老板说我们弄丢了一个水壶 要扣押金",
                "fujian|酒店的押金到现在还没退 我们已经在车站了",
                "jiangxi|不对 我们是今天下午走 押金的事麻烦协调组跟九院宾馆说一下"
            })
    void aChargeOrADepositHeldAtTheCheckOutIsTheStays(String sender, String text) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).containsExactly(IssueCategory.ROOM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|毛巾的事跟酒店沟通了 不用赔了", "tianjin|押金已经退了 谢谢", "hunan|退房的时候押金在哪退啊", "''|各团退房前请把押金条准备好"})
    void aChargeWaivedOrADepositBackIsNone(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }
}
