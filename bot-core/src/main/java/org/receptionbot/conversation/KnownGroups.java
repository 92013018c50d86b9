package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * Several groups of one delegation moving, said again ("西藏明天走27个 3个人后天走 后天早上8点的车" after "西藏明天11:30的车
 * 有3个队员留下来多待一天 后天走"): when each group is one recorded group of the same people, a distinct one each, the
 * message updates those records instead of adding the groups a second time (the rest's figure of a whole departure keeps
 * it whole). A group that fits none is added beside them ("山东15个明早7点走 剩下30个后天走" after "山东明天先走15个");
 * one that fits two, or none fitting at all, leaves the message to be read as new.
 */
final class KnownGroups {
    private final MovementMatches matches;
    private final Intake intake;
    private final RecordText texts;

    KnownGroups(MovementMatches matches, Intake intake, RecordText texts) {
        this.matches = matches;
        this.intake = intake;
        this.texts = texts;
    }

    /** The answer when every movement of {@code kind} in {@code u} is a distinct recorded group; else empty. */
    Optional<Answer> answer(ParseOutcome.Understood u, Class<?> kind, String text, Asked asked) {
        // people arriving as they are reported may come in groups of the same size
        if (kind == org.receptionbot.record.Arrival.class && u.saidNow() != null) return Optional.empty();
        List<Entry> known = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean changed = false;
        for (Record r : u.records()) {
            if (r.getClass() != kind) {
                records.add(r);
                continue;
            }
            Movement m = (Movement) r;
            if (!MovementMatches.mayReport(m, asked)) return Optional.empty();
            Optional<Entry> same = matches.same(m, text);
            // 山东15个明早7点走 剩下30个后天走 (the 15 recorded): a group that fits none is a new one beside them
            if (same.isEmpty()) {
                records.add(m);
                changed = true;
                continue;
            }
            if (known.contains(same.get())) return Optional.empty();
            Movement old = (Movement) same.get().record();
            Movement kept = KnownMovements.byTrainOf(m, old);
            if (matches.whole(old) && matches.rest(kept)) kept = KnownMovements.withCount(kept, old.count());
            boolean unchanged = KnownMovements.nothingNew(kept, old) && Objects.equals(kept.count(), old.count());
            changed |= !unchanged;
            known.add(same.get());
            records.add(unchanged ? old : kept);
            lines.add(
                    "已有记录：" + texts.describe(old) + (unchanged ? "，无需重复" : "，已更新为" + KnownMovements.change(kept, old)));
        }
        if (known.isEmpty()) return Optional.empty();
        String said = String.join("\n", lines);
        if (!changed) {
            List<Record> rest =
                    records.stream().filter(r -> r.getClass() != kind).toList();
            if (rest.isEmpty()) return Optional.of(Answer.of(Reply.Kind.ANSWER, said));
            Answer a = intake.take(new ParseOutcome.Understood(rest), asked, text);
            return Optional.of(a.silent() ? Answer.of(Reply.Kind.ANSWER, said) : a.then(said));
        }
        Answer a = intake.take(new ParseOutcome.Understood(records), asked, text, known);
        String edited = "已按修改后的消息更新：";
        String body = a.text().startsWith(edited) ? a.text().substring(edited.length()) : a.text();
        return Optional.of(new Answer(said + "\n" + body, a.buttons(), a.kind(), a.receipt()));
    }
}
