package org.receptionbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void numbersTheReceiptsAndEndsWithTheLatestTotalOfEachKey() {
        Receipt first = new Receipt(List.of(Receipt.Line.of("甲"), Receipt.Line.total("lunch", "午餐合计30人")));
        Receipt second = new Receipt(List.of(
                Receipt.Line.of("乙"),
                Receipt.Line.total("dinner", "晚餐合计12人"),
                Receipt.Line.total("lunch", "午餐合计31人"),
                Receipt.Line.of("⚠已过报餐截止时间")));

        assertThat(Digest.text(List.of(first, second), "👌")).isEqualTo("""
                以下 2 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                1. 甲
                2. 乙
                ⚠已过报餐截止时间
                当前合计：
                午餐合计31人
                晚餐合计12人""");
    }

    @Test
    void aReceiptWithMoreLinesKeepsItsTotals() {
        Receipt receipt =
                new Receipt(List.of(Receipt.Line.of("甲"), Receipt.Line.total("lunch", "午餐合计30人"))).and("请问是多少人？");

        assertThat(receipt.body()).isEqualTo("甲\n午餐合计30人\n请问是多少人？");
        assertThat(receipt.lines()).extracting(Receipt.Line::totals).containsExactly(null, "lunch", null);
    }

    @Test
    void aReceiptQueuedAsTextByAnEarlierVersionIsReadIntoItsParts() {
        assertThat(EarlierReceipts.of("已记录：甲\n11月22日（周日）午餐 九院合计602人（容量600人，⚠超出容量2人）"))
                .hasValueSatisfying(r -> assertThat(r.lines())
                        .containsExactly(
                                Receipt.Line.of("甲"),
                                Receipt.Line.total("11月22日（周日）午餐 九院合计", "11月22日（周日）午餐 九院合计602人（容量600人，⚠超出容量2人）")));
        assertThat(EarlierReceipts.of("请问是多少人？")).isEmpty();
    }
}
