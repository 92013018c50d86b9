package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;

class VisitBoardTextTest {
    private final ConferenceVisits c = ConferenceVisits.withSeats(30);
    private final VisitBoardText text = new VisitBoardText(c.event, new RecordText(c.event));

    private String board(String route) {
        return text.render(c.boards.board(route, null));
    }

    @Test
    void aRouteShowsItsTimesSitePeopleBusesChangesAndHeadCounts() {
        c.say("2026-12-08T16:20", "山东联络员", new VisitChange("shandong", 1, null, "liuzhou"));
        c.say("2026-12-09T13:35", "6号车联络员", new Headcount("6", 31, null));
        c.say("2026-12-09T13:36", "7号车联络员", new Headcount("7", 29, null));

        assertThat(board("柳州"))
                .startsWith("考察名单\n【柳州线】12月9日（周三）13:30出发，16:30到达\n"
                        + "接待单位：柳州市住房和城乡建设局（韦科长 0772-0000103）\n"
                        + "人数：62人（计划61人），座位60座 ⚠超出座位2人\n"
                        + "  北京市住房和城乡建设委员会 2人\n")
                .contains("  山东省住房和城乡建设厅 5人（计划4人）\n")
                .contains("车辆：\n  6号车 桂A·H3106 蒙师傅 13900000006 30座 随车联络员联络员6 13800000006 实到31人（13:35清点）\n")
                .contains("清点：2/2辆车已清点，实到60人 / 应到62人 ⚠少2人\n")
                .endsWith("计划后变更（1条）：\n" + "  12月8日 16:20 山东省住房和城乡建设厅 1人 改去柳州线，本线4→5人（山东联络员）");
    }

    @Test
    void aChangeMadeOnTheRoutesDayShowsItsTimeAlone() {
        c.say("2026-12-09T08:10", "山东联络员", new VisitChange("shandong", 1, null, "liuzhou"));

        assertThat(board("柳州")).contains("  08:10 山东省住房和城乡建设厅").doesNotContain("12月9日 08:10");
    }

    @Test
    void aHeadCountFromBeforeBoardingShowsWithTheTimeItWasSent() {
        c.say("2026-12-09T09:00", "6号车联络员", new Headcount("6", 40, null));

        assertThat(board("柳州"))
                .contains("随车联络员联络员6 13800000006 实到40人（09:00清点）\n")
                .contains("  7号车 桂A·H3107")
                .endsWith("清点：1/2辆车已清点，实到40人 / 应到61人；7号车未清点");
    }

    @Test
    void aFlaggedChangeSaysWhatToCheck() {
        c.say("2026-12-09T12:00", "湖南联络员", new VisitChange("hunan", 5, "beihai", null));

        assertThat(board("北海线"))
                .contains("  湖南省住房和城乡建设厅 0人（计划3人）\n")
                .contains("湖南省住房和城乡建设厅 5人 不参加北海线考察，本线3→0人（湖南联络员） ⚠减员超过该线人数，已按0人计，请核实");
    }

    @Test
    void busesNotYetCountedAreSaidSo() {
        assertThat(board("百色"))
                .contains("  1号车 桂A·H3101 黄师傅")
                .contains(" 未清点\n")
                .contains("清点：尚未清点");
    }

    @Test
    void anUnknownRouteListsTheRoutesThereAre() {
        assertThat(board("桂林")).isEqualTo("没有找到考察线路“桂林”。现有线路：百色线、北海线、柳州线");
    }
}
