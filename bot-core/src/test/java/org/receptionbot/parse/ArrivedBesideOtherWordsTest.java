package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.SaidNow;

/**
 * People said arrived as the message is sent are marked so even beside words with 到 that are no one coming (the desk
 * where people register, a room card got) or the vehicle they came by said after the verb ("西藏3人已到山庄 坐的8号车").
 */
class ArrivedBesideOtherWordsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T08:20");

    @ParameterizedTest
    @CsvSource({
        "beijing, 我们到了哈 5个人 在报到处排队呢, 5",
        "'', 报到处：湖北厅7人刚到，已登记领卡, 7",
        "tianjin, 天津4人已到 房卡也拿到了 谢谢服务中心的老师, 4",
        "xizang, 西藏3人已到山庄 坐的8号车, 3",
        "shandong, 山东后面4个到了 都在报到处领材料, 4",
        "jiangsu, 江苏厅5个人刚到 材料已经领到了, 5"
    })
    void anArrivalSaidNowBesideOtherWordsIsMarked(String sender, String text, int people) {
        SaidNow said = PARSER.read(text, sender.isBlank() ? null : sender).saidNow();

        assertThat(said).as(text).isNotNull();
        assertThat(said.kind()).isEqualTo(SaidNow.Kind.ARRIVAL);
        assertThat(said.count()).as(text).isEqualTo(people);
    }

    @ParameterizedTest
    @ValueSource(strings = {"房卡拿到了 谢谢", "8号车到了 在3号门", "我们的车到了吗", "5个人还没到 在报到处等谁", "材料收到了", "我们明天到 报到处在哪", "8号车接到西藏3位了"})
    void noOneSaidArrivedIsNotMarked(String text) {
        SaidNow said = PARSER.read(text, "xizang").saidNow();

        assertThat(said == null || said.kind() != SaidNow.Kind.ARRIVAL).as(text).isTrue();
    }
}
