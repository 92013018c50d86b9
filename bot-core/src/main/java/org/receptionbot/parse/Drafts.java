package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.IssueCategory;

/**
 * The drafts of one message in the order of their statements. Later clauses may complete the last one
 * (共28人, 乘G1234); clauses with a figure or a train said before their movement wait ({@link #waiting}). The issues
 * are kept by {@link IssueDrafts}.
 */
final class Drafts {
    private final List<Draft> all = new ArrayList<>();
    private final IssueDrafts issues = new IssueDrafts(all);

    private final WaitingClauses ahead = new WaitingClauses();
    private Draft last;
    /** The people said to be in the event's city since an earlier day, and whose. */
    private final InTownPeople inTown = new InTownPeople();

    Draft add(Draft.Kind kind, Clause c, String original) {
        Draft d = new Draft(kind, c.words(original));
        d.vague = !c.all(Mention.Vague.class).isEmpty() && Figures.count(c, -1, false) == null;
        if (!d.isMovement()) ahead.clear();
        all.add(d);
        last = d;
        return d;
    }

    /** A draft of another kind in place of {@code d}, with its delegation, figure, gap and statement, added after the others. */
    Draft addAs(Draft.Kind kind, Draft d) {
        Draft c = d.carried(kind, false);
        all.add(c);
        last = c;
        return c;
    }

    /** {@code d} made a draft of {@code kind} in its place, with its delegation, date, meal, figure, gap and statement. */
    Draft recast(Draft d, Draft.Kind kind) {
        Draft c = d.carried(kind, true);
        all.set(all.indexOf(d), c);
        if (last == d) last = c;
        return c;
    }

    /** A copy of {@code d}'s delegation, figure and statement, added after the others. */
    Draft copy(Draft d) {
        Draft c = d.carried(d.kind, true);
        all.add(c);
        return c;
    }

    /** A copy of {@code d} for another delegation and figure ({@link ListTail}), added after the others. */
    Draft copyFor(Draft d, String team, int count) {
        Draft c = copy(d);
        c.team = team;
        c.count = count;
        c.time = d.time;
        c.transport = d.transport;
        c.part = d.part;
        c.route = d.route;
        return c;
    }

    /** The one issue draft of a category in the message, made on first use ({@link IssueDrafts#of}). */
    Draft issue(IssueCategory category, String original) {
        return issues.of(category, original);
    }

    /** The issue draft of a category for a list line's delegation ({@link IssueDrafts#ofLine}). */
    Draft issueOfLine(IssueCategory category, String original, String lineTeam) {
        return issues.ofLine(category, original, lineTeam);
    }

    boolean hasIssue(IssueCategory category) {
        return issues.has(category);
    }

    void dropIssue(IssueCategory category) {
        issues.drop(category);
    }

    /** Takes out the drafts {@code out} picks (replaced by a later statement). */
    void dropIf(Predicate<Draft> out) {
        all.removeIf(out);
        last = all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The drafts so far, in order (a copy). */
    List<Draft> list() {
        return List.copyOf(all);
    }

    /** Takes out every issue of the message (they are settled). */
    void dropIssues() {
        issues.dropAll();
    }

    /** The drafts of the last statement ("中午晚上各30人" gives two). */
    List<Draft> lastStatement() {
        List<Draft> out = new ArrayList<>();
        for (Draft d : all) if (last != null && d.statement.equals(last.statement) && d.kind == last.kind) out.add(d);
        return out;
    }

    /** Takes out the drafts of the last statement (a later clause restates it). */
    List<Draft> dropLastStatement() {
        List<Draft> out = lastStatement();
        all.removeAll(out);
        last = all.isEmpty() ? null : all.get(all.size() - 1);
        return out;
    }

    /** The drafts added from the {@code from}-th on. */
    List<Draft> since(int from) {
        return List.copyOf(all.subList(from, all.size()));
    }

    Draft last() {
        return last;
    }

    /** The last movement drafted, or null. */
    Draft lastMovement() {
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).isMovement()) return all.get(i);
        return null;
    }

    int size() {
        return all.size();
    }

    /** The people said to be in town since an earlier day ({@link InTownAlready}), kept for their registering. */
    InTownPeople inTown() {
        return inTown;
    }

    /** The clauses waiting for the movement verb of a later one; a draft other than a movement clears them. */
    WaitingClauses waiting() {
        return ahead;
    }

    void markPlanned(int from) {
        for (int i = from; i < all.size(); i++) all.get(i).planned = true;
    }

    /** Takes out the old plan of a movement (本来十二点退房) that a request replaces. */
    void dropPlanned(Draft.Kind kind) {
        all.removeIf(d -> d.planned && d.kind == kind);
    }

    /** Takes out the drafts whose figure the bot would ask (the sender said it comes later). */
    void dropFigureAsks() {
        all.removeIf(d -> d.missing == Gap.Field.COUNT && (d.count == null || d.count == 0));
        last = all.isEmpty() ? null : all.get(all.size() - 1);
    }

    void markCorrecting(int from) {
        for (int i = from; i < all.size(); i++) all.get(i).corrects = true;
    }

    /** The message's outcome, the drafts it leaves out taken out ({@link DraftOutcome}). */
    ParseOutcome outcome(String sender, List<String> named) {
        return DraftOutcome.of(all, issues.latest(), sender, named);
    }
}
