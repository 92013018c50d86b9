package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * A recorded group said again as the batches it leaves in is replaced by them, not added to; the batches said again
 * as their total add nothing. On the games sample (山东 41), read by the real parser.
 */
class SplitGroupsTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    private static Departure leaving(String time, Integer count, String by) {
        return new Departure(
                "shandong", LocalDate.parse("2026-11-28"), time == null ? null : LocalTime.parse(time), count, by);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "山东先走的15个分两批 8个坐G1272 14:30 另外7个晚上坐G3218 19点45走",
                "先走的那15个人分两批走 8个下午2点半G1272 7个晚上7点45 G3218",
                "先走的15个人分两批 第一批8个坐G1272 14:30 第二批7个坐G3218 19点45走"
            })
    void theBatchesOfARecordedGroupReplaceIt(String text) {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天先走15个");

        assertThat(f.answerTo("shandong", "2026-11-28T09:00", text))
                .startsWith("已有记录：山东省代表团 11月28日（周六）离开 15人，已更新为分2批（共15人）");
        assertThat(f.movementsOf("shandong"))
                .containsExactlyInAnyOrder(leaving("14:30", 8, "G1272"), leaving("19:45", 7, "G3218"));
    }

    @Test
    void aCorrectionIntoBatchesKeepsEveryBatch() {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天下午走 全团41人");

        f.answerTo("shandong", "2026-11-27T10:30", "更正一下 明天分两批走：明天13点第一批30人 G1272，明天15点第二批11人 G3218");

        assertThat(f.movementsOf("shandong"))
                .containsExactlyInAnyOrder(leaving("13:00", 30, "G1272"), leaving("15:00", 11, "G3218"));
    }

    @Test
    void groupsThatDoNotPointAtTheRecordedOneAreFurtherGroups() {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天先走15个");

        f.answerTo("shandong", "2026-11-27T20:00", "山东明天另外8个下午走 还有7个晚上走");

        assertThat(f.movementsOf("shandong")).hasSize(3).contains(leaving(null, 15, null));
    }

    @Test
    void batchesThatAddUpToNoRecordedGroupAreAdded() {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天先走15个");

        f.answerTo("shandong", "2026-11-28T09:00", "山东分两批走 8个坐G1272 14:30 另外6个晚上坐G3218 19点45走");

        assertThat(f.movementsOf("shandong")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"刚才说的分两批就是原来那15个人 不是另外又走15个", "我们今天一共走15个"})
    void theBatchesSaidAgainAsTheirTotalAddNothing(String text) {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天先走15个");
        f.answerTo("shandong", "2026-11-28T09:00", "山东先走的15个分两批 8个坐G1272 14:30 另外7个晚上坐G3218 19点45走");

        assertThat(f.answerTo("shandong", "2026-11-28T09:10", text))
                .contains("（共15人），无需重复")
                .doesNotContain("已记录");
        assertThat(f.movementsOf("shandong")).hasSize(2);
    }

    @Test
    void anotherFigureThanTheTotalIsRecorded() {
        f.answerTo("shandong", "2026-11-28T08:00", "山东今天8个坐G1272 14:30走 另外7个晚上坐G3218 19点45走");

        f.answerTo("shandong", "2026-11-28T09:10", "山东今天还有10个下午走");

        assertThat(f.movementsOf("shandong")).hasSize(3);
    }

    @Test
    void aRecordedGroupSaidWithTheRestUpdatesItAndAddsTheRest() {
        f.answerTo("shandong", "2026-11-27T09:00", "山东明天先走15个");

        assertThat(f.answerTo("shandong", "2026-11-27T20:00", "山东15个明早7点坐大巴去机场 坐3U8836 剩下26个后天上午走"))
                .startsWith("已有记录：山东省代表团 11月28日（周六）离开 15人，已更新为07:00 3U8836");
        assertThat(f.movementsOf("shandong")).hasSize(2).contains(leaving("07:00", 15, "3U8836"));
    }
}
