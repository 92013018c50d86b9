package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.Sources;

/** How visit records read in answers, and the day they are filed under. */
class VisitRecordsTest {
    private final ConferenceVisits c = new ConferenceVisits();
    private final RecordText text = new RecordText(c.event);

    @Test
    void aReportReadsAsDelegationRouteAndPeople() {
        assertThat(text.describe(new Visit("hunan", "beihai", 3))).isEqualTo("湖南省住房和城乡建设厅 北海线 3人");
        assertThat(text.describe(new Visit("hunan", "beihai", null))).isEqualTo("湖南省住房和城乡建设厅 北海线 全团");
        assertThat(text.describe(new Visit("hunan", null, 3))).isEqualTo("湖南省住房和城乡建设厅 考察线路未明 3人");
    }

    @Test
    void aChangeReadsAsASwitchOrADropOut() {
        assertThat(text.describe(new VisitChange("shandong", 1, "baise", "liuzhou")))
                .isEqualTo("山东省住房和城乡建设厅 1人 由百色线改为柳州线");
        assertThat(text.describe(new VisitChange("guangdong", 1, null, "liuzhou")))
                .isEqualTo("广东省住房和城乡建设厅 1人 改去柳州线");
        assertThat(text.describe(new VisitChange("zhejiang", 2, null, null))).isEqualTo("浙江省住房和城乡建设厅 2人 不参加考察");
        assertThat(text.describe(new VisitChange("hunan", null, "beihai", null)))
                .isEqualTo("湖南省住房和城乡建设厅 全团 不参加北海线考察");
    }

    @Test
    void visitEntriesAreFiledUnderTheRoutesDayAndADropOutUnderTheNextVisitDay() {
        List<Entry> entries = c.recorder
                .apply(
                        Sources.at("2026-12-08T11:02", "hunan"),
                        List.of(
                                new Visit("hunan", "beihai", 3),
                                new VisitChange("zhejiang", 2, null, null),
                                new VisitChange("hunan", 1, "beihai", null)))
                .entries();

        assertThat(entries).extracting(Entry::day).containsOnly(ConferenceVisits.VISIT_DAY);
    }
}
