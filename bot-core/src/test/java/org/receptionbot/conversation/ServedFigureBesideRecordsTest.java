package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure for a meal being served, said beside reports that are recorded ("早上吃了30个 中午还是30" at 07:00), is not
 * passed over: the answer names it as not recorded in the same words as when it is said alone; read by the real
 * parser.
 */
class ServedFigureBesideRecordsTest {
    private static final String DAY = "2026-11-24";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            07:00 | 早上吃了30个 中午还是30 晚上估计也30 | 早上吃了30个     | 午餐 报餐30人
            08:15 | 早饭实际来了26个，晚上30人           | 早饭实际来了26个 | 晚餐 报餐30人
            12:00 | 中午吃了28个 晚上30                  | 中午吃了28个     | 晚餐 报餐30人
            12:20 | 午饭到了25个人 晚饭照常              | 午饭到了25个人   | 晚餐 按原计划
            18:10 | 晚上来了20个 明天中午30              | 晚上来了20个     | 11月25日（周三）午餐 报餐30人
            07:40 | 早上少了5个没来吃 明天早饭30         | 早上少了5个没来吃 | 11月25日（周三）早餐 报餐30人
            07:40 | 早上5个人不来吃了 明早30             | 早上5个人不来吃了 | 11月25日（周三）早餐 报餐30人
            07:20 | 早上吃了27个，中午30，晚上30         | 早上吃了27个     | 晚餐 报餐30人
            08:00 | 早饭来了二十五个 午饭照常            | 早饭来了二十五个 | 午餐 按原计划
            12:40 | 中午实际吃了29个 晚饭31人            | 中午实际吃了29个 | 晚餐 报餐31人
            07:15 | 早上就吃了22个 明天早饭22            | 早上就吃了22个   | 11月25日（周三）早餐 报餐22人
            """)
    void theServedMealsFigureIsNamedAsWhenSaidAlone(String at, String message, String alone, String recorded) {
        String refusal = ConversationFixture.parsing(SampleEvents.games(), DAY).soleAnswerTo("fujian", at, alone);
        assertThat(refusal).startsWith("未记录：").contains("该餐已开餐");

        String answer = ConversationFixture.parsing(SampleEvents.games(), DAY).soleAnswerTo("fujian", at, message);

        assertThat(answer).contains("已记录：").contains(recorded).contains(refusal);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            06:30 | 早上吃了30个 中午还是30
            07:30 | 明天早上吃了30个 中午30
            09:30 | 中午30 晚上30
            12:10 | 中午12点半才到齐 晚饭30
            """)
    void noMealBeingServedIsNamedWhenNoneIsReported(String at, String message) {
        String answer = ConversationFixture.parsing(SampleEvents.games(), DAY).soleAnswerTo("fujian", at, message);

        assertThat(answer).contains("已记录：").doesNotContain("该餐已开餐").doesNotContain("未记录");
    }
}
