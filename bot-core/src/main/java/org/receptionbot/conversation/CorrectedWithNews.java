package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A figure the sender said a moment ago, taken back, with what explains it as a report of its own ("福建刚才说32个 其实是31
 * 有一个明天才到", "刚才报的39人 实际是37 还有两个明天中午到"): the sender's last report with the figure taken back (or the
 * message replied to) is corrected in place to the figure meant, as an edit of it would, and the words after it are
 * read as usual and recorded beside it (the one arriving tomorrow): one answer says both. With nothing after the
 * figure meant, the correction alone. A report with no such figure leaves the message to be read as usual.
 */
final class CorrectedWithNews {
    private static final String FIGURE = "([\\d一二两三四五六七八九十]{1,4})\\s*(?:个人|个|人|位|名)?";
    private static final Pattern SAID =
            Pattern.compile("(.{0,12}?)[，,\\s]*(?:刚才|刚刚|之前|前面|上午|下午|早上)(?:说|报)(?:的|了)?(?:是)?\\s*"
                    + FIGURE + "[，,\\s]*(?:不对|错了)?[，,\\s]*(?:其实|实际上?|应该|准确说)(?:是|只有|就)?\\s*" + FIGURE
                    + "(?:[，,。；;！!\\s]+(.*))?");

    private final Event event;
    private final Ledger ledger;
    private final CorrectedReports reports;

    CorrectedWithNews(Event event, Ledger ledger, CorrectedReports reports) {
        this.event = event;
        this.ledger = ledger;
        this.reports = reports;
    }

    /** The answer when {@code text} takes back the sender's last figure; empty when it does not. */
    Optional<Answer> answer(String text, Asked asked, Function<String, ParseOutcome> read) {
        Matcher m = SAID.matcher(text.strip());
        if (!m.matches() || SaidCorrection.ASKED.matcher(text).find()) return Optional.empty();
        String team = team(m.group(1));
        if (team == null) return Optional.empty();
        int was = Numbers.read(m.group(2)).orElse(-1);
        int meant = Numbers.read(m.group(3)).orElse(-1);
        if (was <= 0 || meant <= 0 || was == meant) return Optional.empty();
        Optional<String> ref = Optional.ofNullable(asked.replyTo())
                .map(id -> Source.messageRef(asked.chat(), id))
                .filter(r -> !ledger.activeEntriesOf(r).isEmpty())
                .or(() -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()));
        List<Entry> had = ref.map(ledger::activeEntriesOf).orElse(List.of()).stream()
                .filter(e -> CorrectedRecords.counted(e.record()) && figure(e.record()) == was)
                .toList();
        if (had.size() != 1) return Optional.empty();
        Optional<List<Record>> corrected = had.get(0).record() instanceof Movement mv
                ? Optional.of(List.of(withCount(mv, meant)))
                : CorrectedRecords.withFigure(List.of(had.get(0).record()), meant);
        if (corrected.isEmpty()) return Optional.empty();
        List<Record> records = new ArrayList<>(corrected.get());
        String rest = m.group(4) == null ? "" : m.group(4).strip();
        if (!rest.isEmpty()
                && read.apply(team + rest) instanceof ParseOutcome.Understood u
                && u.records().stream()
                        .noneMatch(r -> had.stream().anyMatch(e -> e.record().equals(r)))) records.addAll(u.records());
        return Optional.of(reports.amend(had, records, text, asked));
    }

    /** The figure of {@code r}: its count, or for a whole delegation's movement the delegation's size; -1 for none. */
    private int figure(Record r) {
        String count = RecordFields.write(r).get("count");
        if (count != null) return Integer.parseInt(count);
        if (r instanceof Movement m && m.part() == null)
            return event.delegation(m.delegation()).map(Delegation::size).orElse(-1);
        return -1;
    }

    private static Movement withCount(Movement m, int count) {
        return m instanceof Arrival
                ? new Arrival(m.delegation(), m.date(), m.time(), count, m.transport(), m.part())
                : new Departure(m.delegation(), m.date(), m.time(), count, m.transport(), m.part());
    }

    /** The delegation's word said before the figure ("福建", "福建的"), "" for none; null for any other words. */
    private String team(String before) {
        String words = before.strip().replaceAll("的$", "");
        if (words.isEmpty()) return "";
        for (Delegation d : event.delegations()) if (d.words().contains(words)) return words;
        return null;
    }
}
