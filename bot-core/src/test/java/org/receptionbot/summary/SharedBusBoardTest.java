package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/**
 * A bus carrying two delegations (湖南's bus 3, 青海 riding along: 青海 has no vehicle of its own): a count per
 * delegation, none taking the other's place; the board's line shows both and their total against both's people.
 */
class SharedBusBoardTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final Event event = TestEvents.reference();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final HeadcountBoards boards = new HeadcountBoards(event, ledger);

    private List<Entry> count(String at, String who, Record r) {
        return recorder.apply(Sources.at(at, who), List.of(r)).entries();
    }

    @Test
    void anotherDelegationsCountOnTheBusIsKeptBesideTheBussOwn() {
        count("2026-11-23T09:00", "李娜", new Headcount("3", 32, "hunan"));
        count("2026-11-23T09:10", "冯刚", new Headcount("3", 27, "qinghai"));

        HeadcountLine line = boards.board(DAY).get(0);

        assertThat(line.shared()).isTrue();
        assertThat(line.counted()).isEqualTo(59);
        assertThat(line.expected()).isEqualTo(62);
        assertThat(line.flag()).isEqualTo("⚠少3人");
        assertThat(line.shares())
                .extracting(s -> s.delegation().id(), HeadcountShare::counted, HeadcountShare::expected)
                .containsExactly(Tuple.tuple("hunan", 32, 35), Tuple.tuple("qinghai", 27, 27));
        assertThat(new HeadcountText().render(DAY, boards.board(DAY))).isEqualTo("""
                11月23日（周一） 车辆清点
                3号车（湖南省代表团、青海省代表团同车） 合计实到59人 / 应到62人 ⚠少3人
                  湖南省代表团 实到32人 / 应到35人 ⚠少3人
                  青海省代表团 实到27人 / 应到27人""");
    }

    @Test
    void aRecountReplacesOnlyThatDelegationsCountAndTheBussOwnIsListedFirst() {
        count("2026-11-23T09:00", "冯刚", new Headcount("3", 27, "qinghai"));
        count("2026-11-23T09:05", "李娜", new Headcount("3", 32, "hunan"));
        List<Entry> recount = count("2026-11-23T09:20", "李娜", new Headcount("3", 35, "hunan"));

        HeadcountLine line = boards.board(DAY).get(0);

        assertThat(line.shares())
                .extracting(s -> s.delegation().id(), HeadcountShare::counted)
                .containsExactly(Tuple.tuple("hunan", 35), Tuple.tuple("qinghai", 27));
        assertThat(line.counted()).isEqualTo(62);
        assertThat(line.flag()).isEmpty();
        assertThat(boards.before(recount.get(0))).contains(32);
    }

    @Test
    void aGuestsFirstCountHasNothingBeforeItFromTheBussOwnDelegation() {
        count("2026-11-23T09:00", "李娜", new Headcount("3", 32, "hunan"));
        List<Entry> guest = count("2026-11-23T09:10", "冯刚", new Headcount("3", 27, "qinghai"));

        assertThat(boards.before(guest.get(0))).isEmpty();
    }

    @Test
    void theBusOfOneDelegationKeepsOneLineAsBefore() {
        count("2026-11-23T09:00", "李娜", new Headcount("3", 32, "hunan"));
        count("2026-11-23T09:20", "李娜", new Headcount("3", 34, "hunan"));

        HeadcountLine line = boards.board(DAY).get(0);

        assertThat(line.shared()).isFalse();
        assertThat(line.counted()).isEqualTo(34);
        assertThat(line.delegation().id()).isEqualTo("hunan");
    }

    @Test
    void theWorkbookHasARowPerDelegationThenTheBussTotal() {
        CoreWiring core = CoreWiring.inMemory(event, new InMemoryLedger(), new RecordingOutbox(), Clock.systemUTC());
        core.recorder.apply(Sources.at("2026-11-23T09:00", "李娜"), List.of(new Headcount("3", 32, "hunan")));
        core.recorder.apply(Sources.at("2026-11-23T09:10", "冯刚"), List.of(new Headcount("3", 27, "qinghai")));

        ExportContent content = core.exportBuilder.build(DAY, DAY, Sources.instant("2026-11-23T18:00"));

        assertThat(content.days().get(0).counts())
                .extracting(
                        ExportContent.Count::task,
                        ExportContent.Count::counted,
                        ExportContent.Count::expected,
                        ExportContent.Count::reporter)
                .containsExactly(
                        Tuple.tuple("湖南省代表团", 32, 35, "李娜"),
                        Tuple.tuple("青海省代表团", 27, 27, "冯刚"),
                        Tuple.tuple("合计（湖南省代表团、青海省代表团同车）", 59, 62, null));
    }
}
