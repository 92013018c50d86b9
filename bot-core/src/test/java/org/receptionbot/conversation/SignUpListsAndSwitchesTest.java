package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.visit.VisitBoards;

/**
 * Trial 61's visit findings on the conference sample (天津 百色线 4 of 4; 大连 北海线 3 of 3; 青岛 柳州线 3 of 3; 湖南 北海线 3,
 * 柳州线 3 of 7; 湖北 柳州线 6 of 7; 河北 北海线 5 of 6): a coordinator's sign-up list places the teams instead of adding
 * them, a correction naming who keeps a route and who switches moves the one who switches, a switch said back to the route
 * left is undone as a switch with no question, and a team's liaison explaining a bus's shortfall is not refused or asked.
 */
class SignUpListsAndSwitchesTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitBoards boards = new VisitBoards(EVENT, f.ledger);

    private int people(String route, String delegation) {
        return boards.list(route).orElseThrow().people(delegation);
    }

    @Test
    void aCoordinatorsSignUpListOverSeveralRoutesPlacesEachTeam() {
        String answer =
                f.answerTo("huang", "2026-12-08T15:00", "考察线路报名接龙\n1. 河北 北海 6\n2. 天津 柳州 4\n3. 大连 百色 3 全到\n4. 青岛 北海 2");

        assertThat(answer).doesNotContain("多于全团");
        assertThat(people("liuzhou", "tianjin")).isEqualTo(4);
        assertThat(people("baise", "tianjin")).isZero();
        assertThat(people("baise", "dalian")).isEqualTo(3);
        assertThat(people("beihai", "dalian")).isZero();
        assertThat(people("beihai", "qingdao")).isEqualTo(2);
        assertThat(people("liuzhou", "qingdao")).isZero();
        assertThat(people("beihai", "hebei")).isEqualTo(6);
    }

    @Test
    void aCoordinatorsListOfOneRouteLowersOtherRoutesOnlyPastTheTeamsSize() {
        f.answerTo("huang", "2026-12-08T15:00", "北海线考察接龙\n1. 湖南 4人\n2. 青岛 2人");

        assertThat(people("beihai", "hunan")).isEqualTo(4);
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
        assertThat(people("beihai", "qingdao")).isEqualTo(2);
        assertThat(people("liuzhou", "qingdao")).isEqualTo(1);
    }

    @Test
    void aLiaisonsRepostOfTheListPlacesNoOtherTeam() {
        String answer = f.answerTo("tianjin", "2026-12-08T15:05", "考察线路报名接龙\n1. 河北 北海 6\n2. 天津 柳州 4\n3. 大连 百色 3");

        assertThat(answer).doesNotContain(" 0人");
        assertThat(people("beihai", "hebei")).isEqualTo(5);
        assertThat(people("beihai", "dalian")).isEqualTo(3);
    }

    @Test
    void aTeamsOwnFiguresOnTwoRoutesLeaveItsThirdAlone() {
        f.answerTo("hunan", "2026-12-08T15:00", "湖南北海线2个 柳州线2个");

        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isEqualTo(2);
    }

    @Test
    void aCorrectionNamingWhoKeepsTheRouteMovesOnlyWhoSwitches() {
        f.answerTo("hubei", "2026-12-08T11:40", "王局从北海线换到百色线");

        String answer = f.answerTo("hubei", "2026-12-08T11:42", "不对不对 王局还是去北海 是张科换到百色");

        assertThat(answer).doesNotContain("2人");
        assertThat(people("baise", "hubei")).isEqualTo(1);
        assertThat(people("liuzhou", "hubei")).isEqualTo(5);
    }

    @Test
    void aSwitchSaidBackLongAfterIsUndoneWithNoQuestion() {
        f.answerTo("hunan", "2026-12-08T11:40", "李处改去柳州线");
        assertThat(people("beihai", "hunan")).isEqualTo(2);

        String answer = f.answerTo("hunan", "2026-12-08T16:10", "不好意思 李处还是去北海线 刚才说错了");

        assertThat(answer).doesNotContain("新增");
        assertThat(people("beihai", "hunan")).isEqualTo(3);
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
    }

    @Test
    void aSwitchSaidBackAtOnceIsUndone() {
        f.answerTo("hunan", "2026-12-08T11:40", "李处改去柳州线");

        String answer = f.answerTo("hunan", "2026-12-08T11:45", "不好意思 李处还是去北海线 刚才说错了");

        assertThat(answer).doesNotContain("新增");
        assertThat(people("beihai", "hunan")).isEqualTo(3);
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
    }

    @Test
    void anAdditionWithNoSwitchBeforeIsStillAsked() {
        String answer = f.answerTo("hunan", "2026-12-08T16:10", "湖南北海线还是加1人");

        assertThat(answer).contains("新增");
    }

    @Test
    void aLiaisonExplainingABussShortfallIsNeitherRefusedNorAsked() {
        assertThat(f.answerOrNull("hunan", "2026-12-09T16:20", "3号车少2个 是我们的 两个坐6号车先回酒店了"))
                .isNull();
        assertThat(f.answerOrNull("hunan", "2026-12-09T16:22", "少的3个是广西那边借去的志愿者 不是 打错了 是我们3个队员下午才比赛 坐10点的车"))
                .isNull();
    }
}
