package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A correction of the sender's last report picks the record it fits: "是少4个" the report's one reduction, "晚上是25个"
 * the dinner's figure in place of its reduction; read by the real parser.
 */
class CorrectionOfAChangeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aReductionSaidAgainCorrectsTheReportsOneReduction() {
        for (String said : new String[] {"不对不对 是少4个 说错了", "不对 是少4个", "说错了 应该是少4个", "不对 晚上是少4个"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            f.soleAnswerTo("anhui", "07:12", "安徽晚上少2个 中午29个");

            assertThat(f.soleAnswerTo("anhui", "07:13", said))
                    .as(said)
                    .startsWith("已更正：")
                    .contains("晚餐 改为减少4人（原为减少2人）");
            assertThat(f.diners(DAY, "DINNER", "anhui")).as(said).isEqualTo(25);
            assertThat(f.diners(DAY, "LUNCH", "anhui")).as(said).isEqualTo(29);
        }
    }

    @Test
    void anAdditionSaidAgainCorrectsTheReportsOneAddition() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("fujian", "07:12", "福建中午30 晚上多2个");

        assertThat(f.soleAnswerTo("fujian", "07:13", "不对 是多3个"))
                .startsWith("已更正：")
                .contains("改为增加3人（原为增加2人）");
        assertThat(f.diners(DAY, "LUNCH", "fujian")).isEqualTo(30);
    }

    @Test
    void aMealsFigureSaidAfterItsReductionIsTheMealsCount() {
        for (String said : new String[] {"不对 晚上是25个", "不对 晚饭是25人", "错了 晚餐应该是25个"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            f.soleAnswerTo("anhui", "07:12", "安徽晚上少4个");

            assertThat(f.soleAnswerTo("anhui", "07:13", said))
                    .as(said)
                    .startsWith("已更正：")
                    .contains("晚餐 改为报餐25人（原为减少4人）")
                    .doesNotContain("减少25人");
            assertThat(f.diners(DAY, "DINNER", "anhui")).as(said).isEqualTo(25);
        }
    }

    @Test
    void aSmallFigureAfterAReductionStaysTheReduction() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("anhui", "07:12", "安徽晚上少2个");

        assertThat(f.soleAnswerTo("anhui", "07:13", "不对 是3个")).contains("改为减少3人（原为减少2人）");
        assertThat(f.diners(DAY, "DINNER", "anhui")).isEqualTo(26);
    }
}
