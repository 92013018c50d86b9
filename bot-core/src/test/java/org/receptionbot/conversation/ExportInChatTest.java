package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.command.MealCsv;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;

class ExportInChatTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void theExportHoldsEveryMealOfEachDayAndTheCsvListsDelegationsAndTotals() {
        f.reads("晚饭少5人", new MealCancel("hunan", LocalDate.of(2026, 11, 22), "DINNER", 5));
        f.say("hunan-li", "2026-11-22T08:00", "晚饭少5人");

        ExportContent content = f.core.exportBuilder.build(
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23), ConversationFixture.time("2026-11-22T09:00"));
        String csv = MealCsv.write(content);

        assertThat(content.days())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.meals()).hasSize(3));
        assertThat(csv).startsWith("日期,餐次,餐厅,代表团,堂食人数,已报餐,截止后变更,打包份数\n");
        assertThat(csv).contains("2026-11-22,晚餐,九院宾馆自助餐厅,湖南省代表团,30,是,0,0\n", "2026-11-22,晚餐,九院宾馆自助餐厅,合计,80,,,0\n");
        assertThat(csv.lines().count()).isEqualTo(1 + 2 * 3 * 3);
    }

    @Test
    void withoutAnExportAdapterTheBotSaysSo() {
        f.say("tian", "2026-11-22T09:00", "/export");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("导出功能未启用。");
    }
}
