package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

class ReplyKindsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void aReceiptCarriesItsLinesAndItsTotalsWithWhatTheyTotal() {
        f.reads("晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));

        f.say("hunan-li", "2026-11-22T09:00", "晚饭不吃了");

        Reply reply = f.lastTo(GROUP);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.RECEIPT);
        assertThat(reply.receipt().lines())
                .extracting(Receipt.Line::text)
                .containsExactly("湖南省代表团 11月22日（周日）晚餐 取消全团（35人→0人）", "11月22日（周日）晚餐 九院宾馆自助餐厅合计50人（容量100人）");
        assertThat(reply.receipt().lines())
                .extracting(Receipt.Line::totals)
                .first()
                .isNull();
        assertThat(reply.receipt().lines().get(1).totals()).startsWith("2026-11-22 DINNER ");
    }

    @Test
    void theTotalsOfTwoReceiptsForOneMealAndVenueHaveTheSameKey() {
        f.reads("晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));
        f.reads("晚饭报20人", new MealCount("guizhou", SUNDAY, "DINNER", 20));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭不吃了");
        String first = f.lastTo(GROUP).receipt().lines().get(1).totals();

        f.say("guizhou-wang", "2026-11-22T09:01", "晚饭报20人");

        assertThat(f.lastTo(GROUP).receipt().lines())
                .filteredOn(l -> l.totals() != null)
                .extracting(Receipt.Line::totals)
                .containsExactly(first);
    }

    @Test
    void anEditedMessageIsAnsweredWithACorrectionThatNoDigestStandsInFor() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("晚饭报28人", new MealCount("hunan", SUNDAY, "DINNER", 28));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.send(new IncomingMessage(
                GROUP,
                m.messageId(),
                "hunan-li",
                "hunan-li",
                ConversationFixture.time("2026-11-22T09:05"),
                "晚饭报28人",
                null,
                true));

        assertThat(f.lastTo(GROUP).kind()).isEqualTo(Reply.Kind.CORRECTION);
        assertThat(f.lastTo(GROUP).receipt()).isNull();
    }

    @Test
    void aMissingFieldIsAQuestion() {
        f.reads(
                "晚饭要减人",
                new ParseOutcome.Incomplete(
                        List.of(),
                        List.of(new Gap(Gap.Field.COUNT, new MealCancel("hunan", SUNDAY, "DINNER", 0), "晚饭要减人"))));

        f.say("hunan-li", "2026-11-22T09:00", "晚饭要减人");

        assertThat(f.lastTo(GROUP).kind()).isEqualTo(Reply.Kind.QUESTION);
    }
}
