package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.TestEvents;

class VisitExportTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.conference());

    @Test
    void theVisitDayOfAnExportHoldsEachRouteWithItsDelegationsNames() {
        ExportContent content = f.core.exportBuilder.build(
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), ConversationFixture.time("2026-12-09T09:00"));

        assertThat(content.days().get(0).visits()).isEmpty();
        assertThat(content.days().get(1).visits())
                .extracting(r -> r.list().route().name())
                .containsExactly("百色线", "北海线", "柳州线");
        ExportContent.Route beihai = content.days().get(1).visits().get(1);
        assertThat(beihai.names()).hasSize(beihai.list().delegations().size()).startsWith("北京市住房和城乡建设委员会");
    }
}
