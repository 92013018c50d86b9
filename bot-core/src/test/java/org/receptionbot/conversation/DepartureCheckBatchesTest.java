package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 62: a yes to the 【离会确认】 whose details agree with the batch it listed (its train, hour, count, and a meeting
 * place at the hotel's or a venue's door) confirms it, and a request said beside it is still filed; details that
 * disagree (another train, hour or count) confirm nothing silently.
 */
class DepartureCheckBatchesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static ConversationFixture afterTheRequest() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());
        f.say("henan", "2026-11-24T11:00", "河南射箭队今天被淘汰了 有15个明天早上7点坐G3218回郑州");
        f.briefings().departureChecks(DAY, ConversationFixture.time("2026-11-24T20:00"));
        return f;
    }

    private static final Departure FIFTEEN = new Departure("henan", DAY.plusDays(1), LocalTime.of(7, 0), 15, "G3218");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "河南确认 G3218 明早7点九院门口上车 15人",
                "河南确认 G3218 明早7点九院宾馆大厅集合 15人",
                "确认 15人 G3218 明早7点酒店门口上车",
                "河南确认 15个 7点 G3218",
                "河南确认 G3218 明早7点在九院宾馆上车"
            })
    void detailsThatAgreeConfirmTheBatch(String text) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("henan", "2026-11-24T20:10", text);

        assertThat(answer).startsWith("已确认：河南省代表团").contains("按【离会确认】所列安排").doesNotContain("没能看懂");
        assertThat(f.movementsOf("henan")).containsExactly(FIFTEEN);
    }

    @Test
    void aRequestBesideTheYesIsFiledAndTheYesConfirms() {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("henan", "2026-11-24T20:10", "河南确认 G3218 明早7点九院门口上车 15人 需要一辆车送站");

        assertThat(answer).startsWith("已确认：河南省代表团").contains("送站").doesNotContain("没能看懂");
        assertThat(f.issue(1).issue().toString()).contains("送站");
        assertThat(f.movementsOf("henan")).containsExactly(FIFTEEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "河南确认 G3218 明早7点九院门口上车 20人",
                "河南确认 G3220 明早7点九院门口上车 15人",
                "河南确认 G3218 明早8点九院门口上车 15人",
                "河南确认 G3218 明早7点九院门口上车 20人 需要一辆车送站",
                "河南确认 G3218 15人 改到8点走",
                "河南确认 G3218 15人 需要改到8点走"
            })
    void detailsThatDisagreeConfirmNothingSilently(String text) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("henan", "2026-11-24T20:10", text);

        assertThat(answer).doesNotContain("按【离会确认】所列安排");
    }

    @Test
    void theRestsDaySaidBackToThePlanKeepsThePlannedDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());
        f.say("henan", "2026-11-24T11:00", "河南射箭队今天被淘汰了 有15个明天早上7点坐G3218回郑州 其他24个按原计划30号走");

        String answer = f.answerTo("henan", "2026-11-24T11:20", "不好意思说错了 其他24个是29号下午按原计划走 不是30号");

        assertThat(answer)
                .contains("按原计划")
                .contains("13:30")
                .doesNotContain("没能看懂")
                .doesNotContain("24人");
        assertThat(f.movementsOf("henan")).containsExactly(FIFTEEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"不好意思说错了 其他24个是29号上午走 不是30号", "不好意思说错了 其他24个是29号下午5点走 不是30号", "不好意思说错了 其他20个是29号下午按原计划走 不是30号"})
    void anotherHourOrCountIsNotThePlan(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY.toString());
        f.say("henan", "2026-11-24T11:00", "河南射箭队今天被淘汰了 有15个明天早上7点坐G3218回郑州 其他24个按原计划30号走");

        String answer = f.answerTo("henan", "2026-11-24T11:20", text);

        assertThat(answer).doesNotContain("按原计划11月29日");
    }
}
