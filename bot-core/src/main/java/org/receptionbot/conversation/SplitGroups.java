package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * One recorded group of a delegation said again as the batches it moves in, or recorded batches said again as their
 * total. "山东先走的15个分两批 8个坐G1272 14:30 另外7个晚上坐G3218 19点45走" after "山东明天先走15个": the two batches are
 * those 15, so they replace the record instead of adding to it; the message must point at the group (its figure, or
 * 分两批). "我们今天一共走了15个" after those batches recorded: the total of the day's groups, nothing new, is no record.
 */
final class SplitGroups {
    /** The message says the people move in batches: 分两批, 两拨, 分批. */
    private static final Pattern BATCHES = Pattern.compile("分[两二三四几]?[批拨波]|[两二三四][批拨波]");

    private final Ledger ledger;
    private final MovementMatches matches;
    private final Intake intake;
    private final RecordText texts;

    SplitGroups(Ledger ledger, MovementMatches matches, Intake intake, RecordText texts) {
        this.ledger = ledger;
        this.matches = matches;
        this.intake = intake;
        this.texts = texts;
    }

    /** Whether {@code text} says people move in batches (分两批): a correction saying so is batches too. */
    static boolean said(String text) {
        return BATCHES.matcher(text).find();
    }

    /**
     * The answer when the message's movements of one direction are batches of one delegation on one day whose figures
     * add up to exactly one recorded group of that day, none of them a recorded group itself, and the message points at
     * that group; else empty.
     */
    Optional<Answer> batches(ParseOutcome.Understood u, Class<?> kind, String text, Asked asked) {
        List<Movement> parts = new ArrayList<>();
        for (Record r : u.records()) if (r.getClass() == kind) parts.add((Movement) r);
        if (parts.size() < 2) return Optional.empty();
        Movement first = parts.get(0);
        int sum = 0;
        for (Movement m : parts) {
            if (!MovementMatches.mayReport(m, asked)
                    || m.count() == null
                    || matches.whole(m)
                    || !m.delegation().equals(first.delegation())
                    || !m.date().equals(first.date())) return Optional.empty();
            sum += m.count();
        }
        int total = sum;
        if (!BATCHES.matcher(text).find() && !names(text, total)) return Optional.empty();
        List<Entry> day = groupsOfDay(first);
        if (day.stream()
                .anyMatch(e -> parts.stream()
                        .anyMatch(m -> ((Movement) e.record()).count().equals(m.count())))) return Optional.empty();
        List<Entry> fits = day.stream()
                .filter(e -> ((Movement) e.record()).count() == total)
                .toList();
        if (fits.size() != 1) return Optional.empty();
        Entry old = fits.get(0);
        Answer a = intake.take(new ParseOutcome.Understood(u.records()), asked, text, List.of(old));
        String line = "已有记录：" + texts.describe(old.record()) + "，已更新为分" + parts.size() + "批（共" + total + "人）";
        String edited = "已按修改后的消息更新：";
        String body = a.text().startsWith(edited) ? a.text().substring(edited.length()) : a.text();
        return Optional.of(new Answer(line + "\n" + body, a.buttons(), a.kind(), a.receipt()));
    }

    /**
     * The answer when {@code m}, with no time or transport of its own, is the total of two or more groups recorded
     * moving that day and of no one group: "已有记录", the rest of the message taken as usual; else empty.
     */
    Optional<Answer> total(ParseOutcome.Understood u, Movement m, String text, Asked asked) {
        if (m.count() == null || matches.whole(m) || m.time() != null || m.transport() != null) return Optional.empty();
        List<Entry> day = groupsOfDay(m);
        if (day.size() < 2) return Optional.empty();
        int sum = 0;
        for (Entry e : day) sum += ((Movement) e.record()).count();
        if (sum != m.count()) return Optional.empty();
        List<String> lines = new ArrayList<>();
        for (Entry e : day) lines.add(texts.describe(e.record()));
        String said = "已有记录：" + String.join("；", lines) + "（共" + sum + "人），无需重复";
        List<Record> rest = new ArrayList<>(u.records());
        rest.remove(m);
        if (rest.isEmpty()) return Optional.of(Answer.of(Reply.Kind.ANSWER, said));
        Answer a = intake.take(new ParseOutcome.Understood(rest), asked, text);
        return Optional.of(a.silent() ? Answer.of(Reply.Kind.ANSWER, said) : a.then(said));
    }

    /** The groups (not the whole delegation) recorded moving the same way as {@code m} on its day. */
    private List<Entry> groupsOfDay(Movement m) {
        return ledger.activeMovements().stream()
                .filter(e -> e.record().getClass() == m.getClass())
                .filter(e -> m.delegation().equals(((Movement) e.record()).delegation()))
                .filter(e -> ((Movement) e.record()).date().equals(m.date()))
                .filter(e -> !matches.whole((Movement) e.record()))
                .toList();
    }

    /** Whether the text names {@code n} as a figure of its own (arabic digits). */
    private static boolean names(String text, int n) {
        return Pattern.compile("(?<![\\d.:：])" + n + "(?![\\d.:：])")
                .matcher(text)
                .find();
    }
}
