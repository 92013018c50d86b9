package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

class VisitListsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private static Command parse(Event event, String text) {
        return new CommandParser(event).parse(text, DAY).orElse(null);
    }

    private static String answer(Event event, String text) {
        VisitLists lists = new VisitLists(
                new VisitBoards(event, new InMemoryLedger()), new VisitBoardText(event, new RecordText(event)));
        return lists.answer(
                        (Command.Visits) parse(event, text),
                        DAY.atStartOfDay(event.zone()).toInstant())
                .text();
    }

    @Test
    void theSlashCommandAndTheWordsNameEveryRouteOrOne() {
        Event conference = TestEvents.conference();
        assertThat(parse(conference, "/visits")).isEqualTo(new Command.Visits(null));
        assertThat(parse(conference, "/visits 柳州线")).isEqualTo(new Command.Visits("柳州线"));
        assertThat(parse(conference, "考察名单")).isEqualTo(new Command.Visits(null));
        assertThat(parse(conference, "北海线名单")).isEqualTo(new Command.Visits("北海线"));
        assertThat(parse(conference, "百色考察组名单")).isEqualTo(new Command.Visits("百色考察组"));
        assertThat(parse(conference, "柳州考察名单")).isEqualTo(new Command.Visits("柳州"));
    }

    @Test
    void aListWordThatNamesNoRouteOfTheEventIsNoCommand() {
        assertThat(parse(TestEvents.conference(), "桂林线名单")).isNull();
    }

    @Test
    void aRoutesListOnAnEventWithoutVisitsIsAnsweredThatThereAreNone() {
        assertThat(answer(TestEvents.reference(), "北海线名单")).isEqualTo("本次活动没有安排考察线路。");
        assertThat(answer(TestEvents.reference(), "/visits")).isEqualTo("本次活动没有安排考察线路。");
    }

    @Test
    void theAnswerIsEveryRouteWithItsPeopleAndBuses() {
        assertThat(answer(TestEvents.conference(), "考察名单"))
                .startsWith("考察名单\n【百色线】")
                .contains("【北海线】", "【柳州线】", "3号车 桂A·H3103 覃师傅", "清点：尚未清点");
        assertThat(answer(TestEvents.conference(), "北海线名单")).contains("【北海线】").doesNotContain("【柳州线】");
    }

    @Test
    void anEventWithoutVisitsSaysSo() {
        assertThat(answer(TestEvents.reference(), "/visits")).isEqualTo("本次活动没有安排考察线路。");
    }
}
