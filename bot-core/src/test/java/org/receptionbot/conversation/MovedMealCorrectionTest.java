package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A change said of the wrong meal and then moved to the right one ("刚才说错了 是晚上少2个 不是中午" after "中午少2个"):
 * the earlier record is replaced, not kept beside the new one, and nothing is asked; read by the real parser.
 */
class MovedMealCorrectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void theChangeMovesToTheMealMeant() {
        for (String said : new String[] {"刚才说错了 是晚上少2个 不是中午", "不对 是晚饭少2个 不是午饭", "说错了，是晚上少2个，不是中午"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            f.soleAnswerTo("anhui", "07:12", "安徽中午少2个");

            assertThat(f.soleAnswerTo("anhui", "07:14", said))
                    .as(said)
                    .startsWith("已更正：")
                    .contains("晚餐 减少2人")
                    .contains("原报“安徽省代表团 11月23日（周一）午餐 减少2人”已撤回");
            assertThat(f.diners(DAY, "LUNCH", "anhui")).as(said).isEqualTo(29);
            assertThat(f.diners(DAY, "DINNER", "anhui")).as(said).isEqualTo(27);
        }
    }

    @Test
    void anAdditionMovesTheSameWay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("fujian", "07:12", "福建晚上加3个");

        assertThat(f.soleAnswerTo("fujian", "07:15", "搞错了 是中午加3个 不是晚上")).startsWith("已更正：");
        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(f.diners(DAY, "LUNCH", "fujian") - 3);
    }

    @Test
    void aChangeWithAnotherFigureIsNotTheEarlierOne() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("anhui", "07:12", "安徽中午少3个");

        assertThat(f.soleAnswerTo("anhui", "07:14", "刚才说错了 是晚上少2个 不是中午")).doesNotContain("已撤回");
        assertThat(f.diners(DAY, "LUNCH", "anhui")).isEqualTo(26);
    }

    @Test
    void anOlderReportIsNotMoved() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("anhui", "07:00", "安徽中午少2个");

        assertThat(f.soleAnswerTo("anhui", "07:30", "刚才说错了 是晚上少2个 不是中午")).doesNotContain("已撤回");
        assertThat(f.diners(DAY, "LUNCH", "anhui")).isEqualTo(27);
    }
}
