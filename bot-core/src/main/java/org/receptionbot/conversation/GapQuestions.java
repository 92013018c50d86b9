package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

/**
 * Asks the sender for the first field a message left out and keeps the question waiting for their
 * next message: until the end of the day it is about (the day sent, or a later date the statement
 * names), never less than {@link #ANSWER_WAIT}. For {@link #LAPSED_WAIT} more, an answer to it is
 * told the question has lapsed.
 */
final class GapQuestions {
    static final Duration ANSWER_WAIT = Duration.ofMinutes(10);
    static final Duration LAPSED_WAIT = Duration.ofHours(1);
    private final Event event;
    private final PendingQuestions pending;

    GapQuestions(Event event, PendingQuestions pending) {
        this.event = event;
        this.pending = pending;
    }

    /**
     * Asks for the first of {@code gaps}, after what {@code applied} already says. A question still open for another
     * message of the sender is replaced by this one, and the answer says so: that message stays unrecorded.
     */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied) {
        String replaced = store(gaps, asked);
        Gap first = gaps.get(0);
        List<Gap> estimates = estimates(gaps);
        String question = estimates.size() > 1
                ? VagueCounts.question(estimates)
                : (first.missing() == Gap.Field.CONFIRM
                                ? CheckOutAsks.question(first, asked.today())
                                : switchedFrom(first)
                                        .or(() -> mealFigure(first))
                                        .orElse(VagueCounts.question(first)))
                        + "（“"
                        + first.statement().strip() + "”，回复后记录）"
                        + replaced;
        return applied.silent() ? Answer.of(Reply.Kind.QUESTION, question) : applied.then(question);
    }

    /**
     * "李处改去柳州线" from a delegation on several other routes: the route asked is the one left, said so ("请问是从哪条考察线路
     * 改去柳州线的？"), not the one already named.
     */
    private Optional<String> switchedFrom(Gap gap) {
        if (gap.missing() != Gap.Field.ROUTE
                || !(gap.draft() instanceof org.receptionbot.record.VisitChange c)
                || c.from() != null
                || c.to() == null) return Optional.empty();
        String example = event.visits().stream()
                .filter(r -> !r.id().equals(c.to()))
                .findFirst()
                .map(r -> "，如“" + r.name() + "”")
                .orElse("");
        return event.route(c.to()).map(r -> "请问是从哪条考察线路改去" + r.name() + "的？请回复原来的线路" + example + "。");
    }

    /**
     * A meal's missing figure, said as which figure it is ("中午饭不用算他们": 请问午餐减少几人？), so that a bare reply is read
     * as the figure asked for and the sender knows which one that is (the diners' own, or those who do not eat).
     */
    private Optional<String> mealFigure(Gap gap) {
        if (gap.missing() != Gap.Field.COUNT || !(gap.draft() instanceof MealRecord m) || VagueCounts.mealEstimate(gap))
            return Optional.empty();
        String meal = event.meal(m.meal()).map(Meal::label).orElse("该餐");
        if (m instanceof MealCancel) return Optional.of("请问" + meal + "减少几人（不用餐的人数）？");
        if (m instanceof MealAdd) return Optional.of("请问" + meal + "增加几人？");
        if (m instanceof MealCount) return Optional.of("请问" + meal + "用餐的是多少人？");
        return Optional.empty();
    }

    /** As {@link #ask(List, Asked, Answer)}, asking {@code question} ({@link ShortArrivalAsks}). */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied, String question) {
        String said = question + store(gaps, asked);
        return applied.silent() ? Answer.of(Reply.Kind.QUESTION, said) : applied.then(said);
    }

    /** Keeps the question waiting; what to say of an earlier one it replaces, or "". */
    private String store(List<Gap> gaps, Asked asked) {
        Pending.Answer waiting = new Pending.Answer(gaps, asked.source());
        String replaced = pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now())
                .filter(Pending.Answer.class::isInstance)
                .map(Pending.Answer.class::cast)
                .filter(old -> !old.source().equals(asked.source())
                        && old.gaps().get(0).statement() != null)
                .map(old -> "\n（上一条“" + old.gaps().get(0).statement().strip() + "”尚未记录，问题已由本条代替；如仍需记录请重新发送）")
                .orElse("");
        Instant until = answerUntil(gaps.get(0), asked);
        pending.put(Keys.answer(asked.chat(), asked.sender().userId()), waiting, until);
        pending.put(Keys.lapsed(asked.chat(), asked.sender().userId()), waiting, until.plus(LAPSED_WAIT));
        return replaced;
    }

    /** The question waiting for the sender's next message, if any; it stays waiting. */
    Optional<Pending.Answer> waiting(Asked asked) {
        return pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now())
                .filter(Pending.Answer.class::isInstance)
                .map(Pending.Answer.class::cast);
    }

    /** The question waiting for the sender's next message taken as answered. */
    void answered(Asked asked) {
        pending.take(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
        pending.take(Keys.lapsed(asked.chat(), asked.sender().userId()), asked.now());
    }

    /**
     * The meals' estimates among {@code gaps}, when the first is one: all are named in the one question, and the
     * sender's bare figures answer them in turn.
     */
    private static List<Gap> estimates(List<Gap> gaps) {
        if (!VagueCounts.mealEstimate(gaps.get(0))) return List.of();
        return gaps.stream().filter(VagueCounts::mealEstimate).toList();
    }

    /**
     * Stores {@code waiting} again after a message that did not answer it, so that the sender's next bare figure still
     * does: it keeps its first message, so it lapses as it would have.
     */
    void keep(Pending.Answer waiting, Asked asked) {
        Instant until = answerUntil(waiting.gaps().get(0), asked);
        pending.put(Keys.answer(asked.chat(), asked.sender().userId()), waiting, until);
        pending.put(Keys.lapsed(asked.chat(), asked.sender().userId()), waiting, until.plus(LAPSED_WAIT));
    }

    /** Whether the question has waited past its first minutes (a report of the sender's own is then read as one). */
    static boolean late(Pending.Answer waiting, Asked asked) {
        return waiting.source().at().plus(ANSWER_WAIT).isBefore(asked.now());
    }

    private Instant answerUntil(Gap gap, Asked asked) {
        LocalDate day = gap.draft() instanceof MealRecord m
                        && m.date() != null
                        && m.date().isAfter(asked.today())
                ? m.date()
                : asked.today();
        Instant end = day.plusDays(1).atStartOfDay(event.zone()).toInstant();
        Instant least = asked.now().plus(ANSWER_WAIT);
        return end.isAfter(least) ? end : least;
    }
}
