package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

class OutboundFoldingTest {
    static final ChatRef GROUP = new ChatRef("telegram", "-1001");

    static OutItem confirmation(String messageId, String body) {
        return OutItem.of(new Reply(GROUP, messageId, "已记录：" + body, List.of(new Button("撤销", "undo:" + messageId))));
    }

    static OutItem question(String messageId, String text) {
        return OutItem.of(Reply.text(GROUP, messageId, text));
    }

    @Test
    void aShortQueueIsLeftAsItIs() {
        List<OutItem> queue = List.of(confirmation("1", "甲"), confirmation("2", "乙"), confirmation("3", "丙"));

        assertThat(Folding.fold(queue, 4)).isEmpty();
    }

    @Test
    void confirmationsOfABusyChatBecomeOneDigestInThePlaceOfTheFirst() {
        OutItem board = question(null, "午餐报餐汇总");
        OutItem asked = question("3", "请问是哪个代表团？");
        List<OutItem> queue = List.of(
                board,
                confirmation("1", "第一团 午餐 30人"),
                asked,
                confirmation("2", "第二团 晚餐 12人"),
                confirmation("4", "第三团 早餐 8人"));

        List<OutItem> folded = Folding.fold(queue, 4).orElseThrow();

        assertThat(folded).hasSize(3);
        assertThat(folded.get(0)).isEqualTo(board);
        assertThat(folded.get(2)).isEqualTo(asked);
        OutItem digest = folded.get(1);
        assertThat(digest.kind()).isEqualTo(OutItem.DIGEST);
        assertThat(digest.folded()).extracting(OutItem.Folded::messageId).containsExactly("1", "2", "4");
        assertThat(digest.buttons()).isEmpty();
        assertThat(digest.replyTo()).isNull();
        assertThat(digest.digestText()).isEqualTo("""
                        以下 3 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                        1. 第一团 午餐 30人
                        2. 第二团 晚餐 12人
                        3. 第三团 早餐 8人""");
        assertThat(digest.steps()).isEqualTo(4); // three reactions, one message
    }

    @Test
    void aDigestNumbersItsItemsAndEndsWithTheLatestTotalOfEachMealAndVenue() {
        String dinner = "11月22日（周日）晚餐 土家山寨餐厅合计";
        String lunch = "11月22日（周日）午餐 九院合计";
        List<OutItem> queue = List.of(
                confirmation("1", "湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）\n" + dinner + "251人（容量700人）"),
                confirmation("2", "贵州省代表团 11月22日（周日）午餐 增加2人（28人→30人）\n" + lunch + "602人（容量600人，⚠超出容量2人）"),
                confirmation(
                        "3",
                        "云南省代表团 11月22日（周日）晚餐 减少1人（20人→19人）\n" + dinner + "250人（容量700人）\n" + "⚠已过报餐截止时间，本次变更已通知协调组。"),
                confirmation("4", "四川省代表团 11月23日（周一）早餐 按计划用餐"));

        OutItem digest = Folding.fold(queue, 4).orElseThrow().get(0);

        assertThat(digest.digestText()).isEqualTo("""
                        以下 4 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                        1. 湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）
                        2. 贵州省代表团 11月22日（周日）午餐 增加2人（28人→30人）
                        3. 云南省代表团 11月22日（周日）晚餐 减少1人（20人→19人）
                        ⚠已过报餐截止时间，本次变更已通知协调组。
                        4. 四川省代表团 11月23日（周一）早餐 按计划用餐
                        当前合计：
                        11月22日（周日）晚餐 土家山寨餐厅合计250人（容量700人）
                        11月22日（周日）午餐 九院合计602人（容量600人，⚠超出容量2人）""");
    }

    @Test
    void aDigestNotYetBegunTakesInTheConfirmationsQueuedAfterIt() {
        OutItem digest = digestOfFour();
        OutItem asked = question("6", "请问是哪个代表团？");
        List<OutItem> queue = List.of(digest, asked, confirmation("5", "戊"), confirmation("7", "己"));

        List<OutItem> folded = Folding.fold(queue, 4).orElseThrow();

        assertThat(folded).hasSize(2);
        assertThat(folded.get(0).folded())
                .extracting(OutItem.Folded::messageId)
                .containsExactly("1", "2", "3", "4", "5", "7");
        assertThat(folded.get(0).digestText()).startsWith("以下 6 条已记录").endsWith("5. 戊\n6. 己");
        assertThat(folded.get(1)).isEqualTo(asked);
    }

    @Test
    void aDigestAlreadyBegunIsLeftAsItIs() {
        OutItem begun = digestOfFour().advanced();
        List<OutItem> queue = List.of(begun, confirmation("5", "戊"), confirmation("7", "己"), question("8", "几点开餐？"));

        List<OutItem> folded = Folding.fold(queue, 4).orElseThrow();

        assertThat(folded.get(0)).isEqualTo(begun);
        assertThat(folded.get(1).folded()).extracting(OutItem.Folded::messageId).containsExactly("5", "7");
    }

    @Test
    void onlyUnstartedRepliesToAMessageThatStartWithRecordedAreFolded() {
        OutItem begun = confirmation("1", "甲").advanced();
        OutItem notAnAnswer = OutItem.of(Reply.text(GROUP, null, "已记录：提醒"));
        OutItem other = question("5", "未能识别，请补充餐别");
        List<OutItem> queue = List.of(begun, notAnAnswer, other, confirmation("2", "乙"));

        assertThat(Folding.fold(queue, 4)).isEmpty();
    }

    @Test
    void aDigestTooLongForOneMessageIsSplit() {
        List<OutItem> queue = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++)
            queue.add(confirmation(Integer.toString(i), "第" + i + "团 午餐 30人（28人→30人）".repeat(3)));

        OutItem digest = Folding.fold(queue, 4).orElseThrow().get(0);

        assertThat(digest.parts())
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(4096));
        assertThat(digest.steps()).isEqualTo(200 + digest.parts().size());
    }

    /** The digest four waiting confirmations (甲 乙 丙 丁, messages 1 to 4) fold into. */
    private static OutItem digestOfFour() {
        return Folding.fold(
                        List.of(
                                confirmation("1", "甲"),
                                confirmation("2", "乙"),
                                confirmation("3", "丙"),
                                confirmation("4", "丁")),
                        4)
                .orElseThrow()
                .get(0);
    }
}
