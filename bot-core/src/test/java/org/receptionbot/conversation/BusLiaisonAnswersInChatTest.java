package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 42 on the games sample (重庆 44, met by 8号车 on 18 November): a bus liaison's pickup of the delegation on their
 * bus, heading back after it, is its arrival before and after an undo; a liaison's bare yes with nothing waiting and
 * no answer of the bot lately is told so, while a yes right after the bot's answer and talk around a yes stay silent;
 * what the parser cannot read from a bus liaison is answered as a delegation liaison's is.
 */
class BusLiaisonAnswersInChatTest {

    @Test
    void aPickupHeadingBackIsRecordedBeforeAndAfterAnUndo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String first = f.answerTo("bus8", "2026-11-18T15:20", "重庆44人全部接到 往回走了");
        String undone = f.answerTo("bus8", "2026-11-18T15:21", "撤销");
        String again = f.answerTo("bus8", "2026-11-18T15:22", "重庆44人全部接到 往回走了");

        assertThat(first).contains("已记录：重庆市代表团", "15:20 抵达 44人").doesNotContain("只能由");
        assertThat(undone).contains("已撤销");
        assertThat(again).contains("已记录：重庆市代表团", "15:22 抵达 44人").doesNotContain("只能由");
    }

    @Test
    void anotherPickupThenUndoThenHeadingBackIsStillRecorded() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say("bus8", "2026-11-18T15:20", "接到重庆44人 往酒店走了");
        f.say("bus8", "2026-11-18T15:21", "撤销");
        String again = f.answerTo("bus8", "2026-11-18T15:22", "重庆44人全部接到 往回走了");

        assertThat(again).contains("15:22 抵达 44人").doesNotContain("只能由");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chongqing", "bus8", "hunan"})
    void aLiaisonsBareYesWithNothingWaitingIsToldSo(String sender) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo(sender, "2026-11-18T10:00", "确认")).startsWith("目前没有待您确认的内容。");
        assertThat(f.answerTo(sender, "2026-11-18T11:00", "确定")).startsWith("目前没有待您确认的内容。");
        assertThat(f.answerOrNull(sender, "2026-11-18T11:10", "是的")).isNull();
    }

    @Test
    void aYesRightAfterTheBotsAnswerAndTalkAroundAYesStaySilent() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say("hunan", "2026-11-18T10:00", "明天晚餐少5人");

        assertThat(f.answerOrNull("hunan", "2026-11-18T10:02", "好的")).isNull();
        assertThat(f.answerOrNull("hunan", "2026-11-18T11:00", "好的收到")).isNull();
        assertThat(f.answerOrNull("hunan", "2026-11-18T11:01", "对 明白")).isNull();
        assertThat(f.answerOrNull("hunan", "2026-11-18T11:30", "好的")).isNull();
        assertThat(f.answerTo("hunan", "2026-11-18T11:40", "确认")).startsWith("目前没有待您确认的内容。");
    }

    @Test
    void aCoordinatorsBareConfirmIsAnsweredAsBefore() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("tian", "2026-11-18T10:00", "确认")).isEqualTo("当前没有待确认的事项。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"重庆的人好像少几个吧"})
    void anUnclearMessageOfABusLiaisonIsAnsweredAsATeamLiaisonsIs(String text) {
        ConversationFixture bus = ConversationFixture.parsing(SampleEvents.games());
        ConversationFixture team = ConversationFixture.parsing(SampleEvents.games());

        String toBus = bus.answerOrNull("bus8", "2026-11-18T15:20", text);
        String toTeam = team.answerOrNull("chongqing", "2026-11-18T15:20", text);

        assertThat(toTeam).isNotNull();
        assertThat(toBus).isEqualTo(toTeam);
    }
}
