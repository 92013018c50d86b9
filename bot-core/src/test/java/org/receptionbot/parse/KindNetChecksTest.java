package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/** What each check of the kind net does to an outcome, on a small model of its own, and on the shipped one. */
class KindNetChecksTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final MealCount LUNCH = new MealCount("hunan", SUNDAY, "LUNCH", 30);
    private static final Departure LEAVING = new Departure("hunan", SUNDAY, null, null, null);

    private static KindNet net() {
        List<ReportOdds.Example> examples = new ArrayList<>();
        for (String s : List.of("Ｄ中午９人", "Ｄ午餐９人", "中午９人", "Ｄ中午报９个", "午饭９人"))
            examples.add(new ReportOdds.Example(true, Set.of("MEAL_COUNT.LUNCH"), ReportShape.parse("S0", s)));
        for (String s : List.of("Ｄ明天走", "Ｄ下午坐Ｔ走", "明天全团走", "Ｄ周六走", "返程坐Ｔ"))
            examples.add(new ReportOdds.Example(true, Set.of("DEPARTURE"), ReportShape.parse("S0", s)));
        for (String s : List.of("谢谢", "辛苦了", "收到", "好的谢谢", "谢谢师傅"))
            examples.add(new ReportOdds.Example(false, Set.of(), ReportShape.parse("S0", s)));
        return new KindNet(new KindOdds(examples, false), 3.0, -3.0);
    }

    @Test
    void aKindTheMessageLooksLikeButNoRuleReadIsAskedAboutBesideTheRecords() {
        ParseOutcome read = new ParseOutcome.Understood(List.of(LEAVING));
        ReportShape shape = ReportShape.parse("S0", "Ｄ中午９人 明天走");
        List<ReportShape> statements = List.of(ReportShape.parse("S0", "Ｄ中午９人"), ReportShape.parse("S0", "明天走"));

        ParseOutcome checked = net().check(read, shape, () -> statements, "湖南中午30人 明天走");

        assertThat(checked).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(checked.records()).containsExactly(LEAVING);
        assertThat(((ParseOutcome.Incomplete) checked).gaps())
                .containsExactly(Gap.mayBeUnread("MEAL_COUNT", "湖南中午30人 明天走"));
    }

    @Test
    void aKindNeitherTheMessageNorAnyStatementLooksLikeIsWithheldAndAsked() {
        ParseOutcome read = new ParseOutcome.Understood(List.of(LEAVING));
        ReportShape thanks = ReportShape.parse("S0", "谢谢师傅 辛苦了");

        ParseOutcome checked = net().check(read, thanks, () -> List.of(thanks), "谢谢师傅 辛苦了");

        assertThat(checked.records()).isEmpty();
        assertThat(((ParseOutcome.Incomplete) checked).gaps())
                .containsExactly(new Gap(Gap.Field.UNCLEAR, null, "谢谢师傅 辛苦了"));
    }

    @Test
    void aKindOneStatementAloneLooksLikeIsKept() {
        ParseOutcome read = new ParseOutcome.Understood(List.of(LEAVING));
        ReportShape thanks = ReportShape.parse("S0", "谢谢师傅 辛苦了 谢谢 收到");
        ReportShape leaving = ReportShape.parse("S0", "Ｄ明天走");

        ParseOutcome checked = net().check(read, thanks, () -> List.of(thanks, leaving), "谢谢师傅 辛苦了 湖南明天走");

        assertThat(checked).isSameAs(read);
    }

    @Test
    void aMessageWhoseKindsAgreeWithWhatItLooksLikeIsLeftAsRead() {
        ParseOutcome read = new ParseOutcome.Understood(List.of(LUNCH));

        assertThat(net().check(read, ReportShape.parse("S0", "Ｄ中午９人"), List::of, "湖南中午30人"))
                .isSameAs(read);
    }

    @Test
    void theParseModeAsksWhenTheShippedNetMissesADepartureBesideAnIssue() {
        MessageParser parser = new MessageParser(TestEvents.reference());
        ParseOutcome read = parser.parse(
                "陕西这边周六下午三点半的高铁离开车次是G2204全团都走到时候麻烦派个车送一下", Instant.parse("2026-11-22T01:30:00Z"), "shaanxi");

        assertThat(read.records()).hasOnlyElementsOfType(Issue.class);
        assertThat(((ParseOutcome.Incomplete) read).gaps())
                .extracting(Gap::missing, Gap::unread)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Gap.Field.UNCLEAR, "DEPARTURE"));
        assertThat(((Issue) read.records().get(0)).category()).isEqualTo(IssueCategory.VEHICLE);
    }
}
