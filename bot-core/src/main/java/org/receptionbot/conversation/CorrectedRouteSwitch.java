package org.receptionbot.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;

/**
 * A route switch the sender made a moment ago, said again the right way with a word that the first was wrong ("不对不对
 * 反了 是柳州的1个改去北海", "李处改去百色 不是柳州 刚才发错了"): the switch said now replaces the one made, as an edit
 * of its message would, instead of being applied on top of it. A route left that the new switch does not say is the
 * one the first switch left, unless the first went where the new one now goes.
 */
final class CorrectedRouteSwitch {
    /** Words saying what was just said was wrong. */
    private static final Pattern WRONG = Pattern.compile("不对|反了|弄反|搞反|发错|说错|写错|搞错|报错|错了|更正");
    /** Words that people go back to a route: the switch undone, read as a switch back ({@link VisitSwitchBack}). */
    private static final Pattern BACK = Pattern.compile("还是|又回|改回|换回|调回|回到");
    /** How long after the switch a correction of it is taken as one. */
    private static final Duration RECENT = Duration.ofMinutes(30);

    private final Ledger ledger;
    private final CorrectedReports reports;

    CorrectedRouteSwitch(Ledger ledger, CorrectedReports reports) {
        this.ledger = ledger;
        this.reports = reports;
    }

    /** The answer when {@code text} says again a route switch the sender just made; empty when it does not. */
    Optional<Answer> answer(String text, Asked asked, Function<String, ParseOutcome> read) {
        // 不对不对 is no 对不对 asked
        if (!WRONG.matcher(text).find()
                || SaidCorrection.ASKED.matcher(text.replace("不对不对", "")).find()) return Optional.empty();
        Optional<String> ref = Optional.ofNullable(asked.replyTo())
                .map(id -> Source.messageRef(asked.chat(), id))
                .filter(r -> !ledger.activeEntriesOf(r).isEmpty())
                .or(() -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()));
        List<Entry> had = ref.map(ledger::activeEntriesOf).orElse(List.of());
        if (had.size() != 1
                || !(had.get(0).record() instanceof VisitChange made)
                || had.get(0).source().at().plus(RECENT).isBefore(asked.now())) return Optional.empty();
        List<VisitChange> said = switches(read.apply(text));
        if (said.size() != 1) return Optional.empty();
        VisitChange now = said.get(0);
        if (!Objects.equals(now.delegation(), made.delegation()) || now.equals(made)) return Optional.empty();
        // 李处还是去北海线 刚才说错了: back to a route, naming none left, undoes the switch; no switch replaced
        if (now.from() == null
                && !Objects.equals(now.to(), made.to())
                && BACK.matcher(text).find()) return Optional.empty();
        String from = now.from() != null || Objects.equals(made.to(), now.to()) ? now.from() : made.from();
        List<Record> corrected = new ArrayList<>();
        corrected.add(new VisitChange(now.delegation(), now.count(), from, now.to()));
        return Optional.of(reports.amend(had, corrected, text, asked));
    }

    /** The route switches {@code o} reads, said whole or asked about for the route left; empty for anything else. */
    private static List<VisitChange> switches(ParseOutcome o) {
        List<VisitChange> found = new ArrayList<>();
        for (Record r : o.records())
            if (r instanceof VisitChange c) found.add(c);
            else return List.of();
        if (o instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps())
                if (g.draft() instanceof VisitChange c && c.to() != null) found.add(c);
                else return List.of();
        return found;
    }
}
