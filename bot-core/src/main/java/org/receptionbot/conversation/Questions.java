package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Actuals;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** The sender's next message after a question: the missing field, or 确认 for held-back records. */
public final class Questions {
    private static final List<String> YES = List.of("确认", "确认无误", "确定", "是的", "对");
    private final Event event;
    private final PendingQuestions pending;
    private final Intake intake;
    private final Reader reader;
    private final Actuals actuals;
    private final DelegationNames names;
    private final Choice choice;

    public Questions(
            Event event, PendingQuestions pending, Intake intake, Reader reader, Actuals actuals, Choice choice) {
        this.event = event;
        this.pending = pending;
        this.intake = intake;
        this.reader = reader;
        this.actuals = actuals;
        this.names = new DelegationNames(event);
        this.choice = choice;
    }

    /** The answer when the message answers a pending question; empty when it is a message of its own. */
    Optional<Answer> answer(String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        Optional<Choice.Option> option = Choice.Option.reply(t);
        Optional<Answer> chosen = option.filter(o -> !(YES.contains(t) && confirmationLater(asked)))
                .flatMap(o -> choose(o, asked.sender().userId(), asked));
        if (chosen.isPresent()) return chosen;
        if (YES.contains(t) || option.equals(Optional.of(Choice.Option.ADDED)) && VisitAnswers.held(pending, asked)) {
            Optional<Pending> held =
                    pending.take(Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now());
            if (held.isPresent()
                    && (held.get() instanceof Pending.Confirmation || held.get() instanceof Pending.ActualConfirmation))
                return Optional.of(confirm(held.get(), asked));
        }
        Optional<Pending> waiting =
                pending.take(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
        Optional<Pending> lapsed =
                pending.take(Keys.lapsed(asked.chat(), asked.sender().userId()), asked.now());
        if (waiting.isPresent() && waiting.get() instanceof Pending.Answer a) return fill(a, t, asked);
        Optional<Answer> forOther = option.filter(o -> !YES.contains(t)).flatMap(o -> forOther(o, asked));
        if (forOther.isPresent()) return forOther;
        if (option.filter(VisitAnswers::visit).isPresent()) return Optional.of(VisitAnswers.unasked(pending, asked));
        if (lapsed.isPresent()
                && lapsed.get() instanceof Pending.Answer a
                && filled(a.gaps().get(0), t, asked).isPresent()) {
            return Optional.of(Answer.of(
                    Reply.Kind.REFUSAL,
                    "上一个问题所问的日期已过，“" + a.gaps().get(0).statement().strip() + "”未记录，请重新完整发送一次。"));
        }
        return Optional.empty();
    }

    /**
     * The answer when a short message fits the question waiting for this sender (晚饭 for 哪一餐, 32人
     * for 多少人, a route, a bus); taken before the message is read as a command or a query.
     */
    Optional<Answer> fitting(String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        if (t.isEmpty() || t.length() > 8) return Optional.empty();
        Optional<Pending> waiting =
                pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
        if (waiting.isEmpty() || !(waiting.get() instanceof Pending.Answer a)) return Optional.empty();
        if (filled(a.gaps().get(0), t, asked).isEmpty()) return Optional.empty();
        return answer(text, asked);
    }

    /**
     * An answer to a question asked of someone else: a coordinator's settles it, saying who answered;
     * anyone else is told whom the question is for, and nothing changes.
     */
    private Optional<Answer> forOther(Choice.Option option, Asked asked) {
        LocalDate to = asked.today().isBefore(event.end()) ? event.end() : asked.today();
        Optional<Source> asking = choice.askedOfOther(option, asked, asked.today(), to);
        if (asking.isEmpty()) return Optional.empty();
        String whom = asking.get().senderName();
        if (!asked.sender().coordinator())
            return Optional.of(Answer.of(Reply.Kind.REFUSAL, "该问题是问" + whom + "的，请" + whom + "本人回复或由协调组答复；未作变更。"));
        return choose(option, asking.get().senderId(), asked)
                .map(a -> a.then("（本问题是问" + whom + "的，由" + asked.sender().name() + "代为答复。）"));
    }

    /** Whether the sender's 确认 prompt came after their open two-way question (or no question is open). */
    private boolean confirmationLater(Asked asked) {
        Optional<Instant> held = pending.peek(
                        Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now())
                .map(p -> p instanceof Pending.ActualConfirmation a
                        ? a.actual().source().at()
                        : source(p));
        Optional<Instant> question = choice.askedAt(asked.chat(), asked.sender().userId(), asked.now());
        return held.isPresent() && (question.isEmpty() || held.get().isAfter(question.get()));
    }

    private static Instant source(Pending p) {
        return p instanceof Pending.Confirmation c ? c.source().at() : Instant.MIN;
    }

    /** Applies what was held back (records, an actual count) as confirmed, under its original message. */
    Answer confirm(Pending held, Asked asked) {
        if (held instanceof Pending.ActualConfirmation a) return actuals.confirm(a, asked);
        return confirm((Pending.Confirmation) held, asked);
    }

    /** The answer chosen with a button, by the one asked or a coordinator. */
    Answer choose(ButtonAction.Choose pressed, Asked asked) {
        Optional<Choice.Option> option = Choice.Option.code(pressed.option());
        if (option.isEmpty()) return Answer.silence();
        if (!pressed.userId().equals(asked.sender().userId()) && !asked.sender().coordinator())
            return Answer.of(Reply.Kind.REFUSAL, "抱歉，只有发送人本人或协调组可以选择。");
        return choose(option.get(), pressed.userId(), asked)
                .orElse(Answer.of(Reply.Kind.REFUSAL, "该问题已过期或已处理，如需记录请重新发送。"));
    }

    private Optional<Answer> choose(Choice.Option option, String userId, Asked asked) {
        return choice.take(option, asked.chat(), userId, asked)
                .map(held -> held.records().isEmpty() ? Answer.of(option.nothing) : confirm(held, asked));
    }

    private Answer confirm(Pending.Confirmation c, Asked asked) {
        return intake.applyHeld(c.records(), c.source(), asked, true);
    }

    private Optional<Answer> fill(Pending.Answer pending, String text, Asked asked) {
        Gap gap = pending.gaps().get(0);
        if (late(pending, asked) && isReport(text, asked)) return Optional.empty();
        Optional<List<Record>> filled = filled(gap, text, asked);
        if (filled.isEmpty()
                && gap.missing() == Gap.Field.DELEGATION
                && text.length() <= 8
                && !names.closest(text, 1).isEmpty()) {
            intake.ask(pending.gaps(), asked, Answer.silence());
            return Optional.of(
                    Answer.of(Reply.Kind.QUESTION, names.notFound(text) + "\n" + Gap.Field.DELEGATION.question()));
        }
        if (filled.isEmpty()) return Optional.empty();
        Answer applied = intake.apply(filled.get(), asked, false);
        List<Gap> rest = pending.gaps().subList(1, pending.gaps().size());
        return Optional.of(rest.isEmpty() ? applied : intake.ask(rest, asked, applied));
    }

    /** Past the first minutes a report of its own is read as one, not as a late answer. */
    private static boolean late(Pending.Answer pending, Asked asked) {
        return pending.source().at().plus(Intake.ANSWER_WAIT).isBefore(asked.now());
    }

    private boolean isReport(String text, Asked asked) {
        return !reader.read(text, asked.now(), asked.sender().delegation())
                .records()
                .isEmpty();
    }

    private Optional<List<Record>> filled(Gap gap, String text, Asked asked) {
        return switch (gap.missing()) {
            case DELEGATION -> names.find(text).map(d -> List.of(with(gap.draft(), "delegation", d.id())));
            case COUNT -> Numbers.answer(text).map(n -> List.of(with(gap.draft(), "count", n.toString())));
            case VEHICLE -> Numbers.answer(text).map(n -> List.of(with(gap.draft(), "vehicle", n.toString())));
            case ROUTE -> route(text).map(id -> List.of(with(gap.draft(), routeField(gap), id)));
            case DATE, MEAL -> reparse(text + gap.statement(), asked);
            case UNCLEAR -> Optional.empty();
        };
    }

    /** The route an answer names (北海线, 北海, 北海组), by the event file's words, longest first. */
    private Optional<String> route(String text) {
        String best = null;
        int length = 0;
        for (VisitRoute r : event.visits()) {
            for (String w : r.words()) {
                if (text.contains(w) && w.length() > length) {
                    best = r.id();
                    length = w.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A visit report's missing route is its route; a change's is the route it joins, or, for a
     * drop-out (a change to no route said with no switching word: 王处不去考察了), the route it leaves.
     */
    private static String routeField(Gap gap) {
        if (gap.draft() instanceof Visit) return "route";
        boolean dropOut = gap.draft() instanceof VisitChange c
                && c.from() == null
                && c.to() == null
                && !SWITCH.matcher(gap.statement()).find();
        return dropOut ? "from" : "to";
    }

    private static final java.util.regex.Pattern SWITCH = java.util.regex.Pattern.compile("[改换调转]");

    private Optional<List<Record>> reparse(String text, Asked asked) {
        ParseOutcome outcome = reader.read(text, asked.now(), asked.sender().delegation());
        return outcome instanceof ParseOutcome.Understood u ? Optional.of(u.records()) : Optional.empty();
    }

    private static Record with(Record draft, String field, String value) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(RecordFields.write(draft));
        fields.put(field, value);
        return RecordFields.read(fields);
    }
}
