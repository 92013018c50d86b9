package org.receptionbot.adapters.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

class FoldingTest {
    /** Telegram's message length, on a platform without markup. */
    static final Rendering PLAIN = new Rendering(4096, plain -> plain);

    static final ChatRef GROUP = new ChatRef("telegram", "-1001");

    static OutItem confirmation(String messageId, String body) {
        return OutItem.of(
                ReceiptReplies.receipt(GROUP, messageId, body, List.of(new Button("撤销", "undo:" + messageId))));
    }

    /** A receipt whose lines are given as the core makes them, totals with what they total. */
    static OutItem confirmation(String messageId, Receipt.Line... lines) {
        Receipt receipt = new Receipt(List.of(lines));
        return OutItem.of(Reply.receipt(GROUP, messageId, "已记录：" + receipt.body(), receipt, List.of()));
    }

    static Receipt.Line line(String text) {
        return Receipt.Line.of(text);
    }

    static Receipt.Line total(String key, String text) {
        return Receipt.Line.total(key, text);
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
        assertThat(digest).isInstanceOf(DigestItem.class); // a digest has no buttons
        assertThat(digest(digest).folded())
                .extracting(DigestItem.Folded::messageId)
                .containsExactly("1", "2", "4");
        assertThat(digest.replyTo()).isNull();
        assertThat(digest(digest).text()).isEqualTo("""
                        以下 3 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                        1. 第一团 午餐 30人
                        2. 第二团 晚餐 12人
                        3. 第三团 早餐 8人""");
        assertThat(digest.steps(PLAIN)).isEqualTo(4); // three reactions, one message
    }

    @Test
    void aDigestNumbersItsItemsAndEndsWithTheLatestTotalOfEachMealAndVenue() {
        String dinner = "11月22日（周日）晚餐 土家山寨餐厅合计";
        String lunch = "11月22日（周日）午餐 九院合计";
        List<OutItem> queue = List.of(
                confirmation(
                        "1",
                        line("湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）"),
                        total("2026-11-22 dinner tujia", dinner + "251人（容量700人）")),
                confirmation(
                        "2",
                        line("贵州省代表团 11月22日（周日）午餐 增加2人（28人→30人）"),
                        total("2026-11-22 lunch jiuyuan", lunch + "602人（容量600人，⚠超出容量2人）")),
                confirmation(
                        "3",
                        line("云南省代表团 11月22日（周日）晚餐 减少1人（20人→19人）"),
                        total("2026-11-22 dinner tujia", dinner + "250人（容量700人）"),
                        line("⚠已过报餐截止时间，本次变更已通知协调组。")),
                confirmation("4", "四川省代表团 11月23日（周一）早餐 按计划用餐"));

        DigestItem digest = digest(Folding.fold(queue, 4).orElseThrow().get(0));

        assertThat(digest.text()).isEqualTo("""
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
        assertThat(digest(folded.get(0)).folded())
                .extracting(DigestItem.Folded::messageId)
                .containsExactly("1", "2", "3", "4", "5", "7");
        assertThat(digest(folded.get(0)).text()).startsWith("以下 6 条已记录").endsWith("5. 戊\n6. 己");
        assertThat(folded.get(1)).isEqualTo(asked);
    }

    @Test
    void aDigestAlreadyBegunIsLeftAsItIs() {
        OutItem begun = digestOfFour().advanced();
        List<OutItem> queue = List.of(begun, confirmation("5", "戊"), confirmation("7", "己"), question("8", "几点开餐？"));

        List<OutItem> folded = Folding.fold(queue, 4).orElseThrow();

        assertThat(folded.get(0)).isEqualTo(begun);
        assertThat(digest(folded.get(1)).folded())
                .extracting(DigestItem.Folded::messageId)
                .containsExactly("5", "7");
    }

    @Test
    void onlyUnstartedReceiptsAnsweringAMessageAreFolded() {
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

        DigestItem digest = digest(Folding.fold(queue, 4).orElseThrow().get(0));

        assertThat(PLAIN.parts(digest.text()))
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(4096));
        assertThat(digest.steps(PLAIN))
                .isEqualTo(200 + PLAIN.parts(digest.text()).size());
    }

    @Test
    void receiptsFoldByTheirKindWhateverTheirWords() {
        List<OutItem> queue = new java.util.ArrayList<>();
        for (String id : List.of("1", "2", "3", "4")) {
            Receipt receipt = ReceiptReplies.parts("第" + id + "团 午餐 30人");
            queue.add(OutItem.of(Reply.receipt(GROUP, id, "收到，记下了——" + receipt.body(), receipt, List.of())));
        }

        DigestItem digest = digest(Folding.fold(queue, 4).orElseThrow().get(0));

        assertThat(digest.folded()).extracting(DigestItem.Folded::messageId).containsExactly("1", "2", "3", "4");
        assertThat(digest.text()).isEqualTo(digestOfFourGroups());
    }

    @Test
    void aReplyThatOnlyReadsLikeAReceiptIsNotFolded() {
        List<OutItem> queue =
                List.of(question("1", "已记录：甲"), question("2", "已记录：乙"), question("3", "已记录：丙"), question("4", "已记录：丁"));

        assertThat(Folding.fold(queue, 4)).isEmpty();
    }

    @Test
    void receiptsQueuedByTheVersionBeforeKindsAreStillFolded() {
        String dinner = "11月22日（周日）晚餐 土家山寨餐厅合计";
        OutItem digestOfTwo = StoredForm.read("""
                {"id":"d","kind":"digest","replyTo":null,"text":null,"buttons":[],"fileName":null,\
                "content":null,"caption":null,"folded":[{"messageId":"1","text":"湖南省代表团 晚餐 减少5人\\n%s251人（容量700人）"},\
                {"messageId":"2","text":"第2团 午餐 30人"}],"done":0}""".formatted(dinner));
        List<OutItem> queue = List.of(
                digestOfTwo,
                StoredForm.read("""
                        {"id":"a","kind":"text","replyTo":"3","text":"已记录：云南省代表团 晚餐 减少1人\\n%s250人（容量700人）",\
                        "buttons":[{"label":"撤销","data":"undo:3"}],"fileName":null,"content":null,"caption":null,\
                        "folded":[],"done":0}""".formatted(dinner)),
                StoredForm.read("""
                        {"id":"b","kind":"text","replyTo":"4","text":"请问是哪个代表团？","buttons":[],"fileName":null,\
                        "content":null,"caption":null,"folded":[],"done":0}"""),
                confirmation("5", "第5团 午餐 30人"));

        List<OutItem> folded = Folding.fold(queue, 4).orElseThrow();

        assertThat(folded).hasSize(2);
        assertThat(((TextItem) folded.get(1)).text()).isEqualTo("请问是哪个代表团？");
        assertThat(digest(folded.get(0)).text()).isEqualTo("""
                        以下 4 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                        1. 湖南省代表团 晚餐 减少5人
                        2. 第2团 午餐 30人
                        3. 云南省代表团 晚餐 减少1人
                        4. 第5团 午餐 30人
                        当前合计：
                        11月22日（周日）晚餐 土家山寨餐厅合计250人（容量700人）""");
    }

    @Test
    void aDigestKeepsItsReceiptsPartsThroughTheQueue() {
        DigestItem digest = digest(Folding.fold(
                        List.of(
                                confirmation("1", line("甲"), total("k", "午餐 九院合计30人（容量600人）")),
                                confirmation("2", line("乙"), total("k", "午餐 九院合计31人（容量600人）"))),
                        2)
                .orElseThrow()
                .get(0));

        OutItem read = StoredForm.read(StoredForm.write(digest));

        assertThat(read).isEqualTo(digest);
        assertThat(digest(read).text()).endsWith("当前合计：\n午餐 九院合计31人（容量600人）");
    }

    private static DigestItem digest(OutItem item) {
        assertThat(item).isInstanceOf(DigestItem.class);
        return (DigestItem) item;
    }

    private static String digestOfFourGroups() {
        return """
                以下 4 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                1. 第1团 午餐 30人
                2. 第2团 午餐 30人
                3. 第3团 午餐 30人
                4. 第4团 午餐 30人""";
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
