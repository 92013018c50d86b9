package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * An arrival reported as it happens ("那三个人到了", "3个队员已经到酒店了", "到齐了") by a delegation
 * with an arrival expected ({@link ExpectedArrivals}: that day's, or the day before's not yet
 * arrived) confirms it instead of adding a second one: the same people (the same figure, or the
 * only one expected; 到齐: all of them). The confirmation is recorded from the report, replacing the
 * expected arrival, so that the movement board shows it arrived: at the time the report says they came
 * ("两点到的"), else at the report's minute, early or late, never the plan's time ("到了 32个" at 19:10 for a plan of
 * 14:00 is 19:10); with the train or flight the report gives
 * ("到了 坐的G1502"). It is reported now: every serving begun before it keeps its figure, a meal being
 * served when people come early too (the arrival replaced stands for it, see {@link
 * org.receptionbot.ledger.Presence}). The same people said again are not recorded twice. A report that fits none of
 * several expected arrivals, or a figure that differs, is asked about; one the parser read as no
 * record, with nothing expected, is answered, never left silent.
 */
final class ArrivalConfirmations {
    private final Event event;
    private final ExpectedArrivals expected;
    private final Intake intake;
    private final TransportConfirmations transports;
    private final ShortArrivalAsks shortOnes;
    private final TiedArrivals confirmations;

    ArrivalConfirmations(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.expected = new ExpectedArrivals(event, ledger);
        this.intake = intake;
        this.transports = new TransportConfirmations(event, ledger, intake);
        this.shortOnes = new ShortArrivalAsks(event, expected, intake, this::timed);
        this.confirmations = new TiedArrivals(intake);
    }

    /** What a report of people arriving now is about: the parser's arrival (or null) and the words. */
    private record Said(String delegation, Arrival read, ArrivedNow words) {}

    /** The answer to {@code outcome} when it reports people arriving now; empty for anything else. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        Optional<Answer> transport = transports.answer(outcome, text, asked);
        if (transport.isPresent()) return transport;
        // 路上注意安全 到了说一声: a send-off asking to be told, not an arrival said now
        if (outcome instanceof ParseOutcome.NothingToRecord && ArrivalRequests.in(text)) return Optional.empty();
        // 到了33 还差一个: those who came are a part of the delegation, recorded as such (see timed), tied to nothing
        Optional<Integer> missing = ArrivedNow.missing(outcome);
        if (missing.isPresent()) return shortOnes.answer(outcome, text, asked, missing.get());
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        Optional<Said> said = said(outcome, asked, now);
        if (said.isEmpty()) return Optional.empty();
        Said s = said.get();
        Sender sender = asked.sender();
        boolean mayConfirm = sender.coordinator()
                || sender.delegation() != null && sender.delegation().equals(s.delegation());
        // with nothing read and no figure, 到齐 alone is as likely a meeting's as a delegation's
        boolean figure = s.read() != null || s.words().count() != null;
        if (!mayConfirm || !figure && s.words().all() && s.delegation() == null) return Optional.empty();
        Delegation d =
                s.delegation() == null ? null : event.delegation(s.delegation()).orElse(null);
        if (d == null) return Optional.of(Answer.of(Reply.Kind.QUESTION, "未记录：请说明是哪个代表团的几人已抵达，如“湖南3人已到”。"));
        // 柳州线我们4个都到了: the route's people at its site on the route's day, no arrival at the event
        Optional<org.receptionbot.event.VisitRoute> site = routeOfDay(text, now.toLocalDate());
        if (site.isPresent())
            return Optional.of(ArrivalQuestions.atSite(d, site.get(), s.words().count()));
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        if (waiting.isEmpty() && !figure) return Optional.empty();
        List<Record> beside = ArrivedNow.beside(outcome);
        if (waiting.isEmpty()) return again(d, s, text, now).map(a -> withProblems(a, beside, asked, text));
        List<ExpectedArrivals.Expected> tied = tied(waiting, s.words());
        if (tied.isEmpty())
            return Optional.of(withProblems(
                    ArrivalQuestions.which(d, waiting, text, s.words().count()), beside, asked, text));
        return Optional.of(confirmations.confirm(d, tied, asked, text, when(s, now), transport(s, outcome), beside));
    }

    /** The route of {@code day} that {@code text} names, if any (the longest word wins). */
    private Optional<org.receptionbot.event.VisitRoute> routeOfDay(String text, java.time.LocalDate day) {
        org.receptionbot.event.VisitRoute named = null;
        int length = 0;
        for (org.receptionbot.event.VisitRoute r : event.visits())
            if (r.date().equals(day))
                for (String w : r.words())
                    if (w.length() > length && text.contains(w)) {
                        named = r;
                        length = w.length();
                    }
        return Optional.ofNullable(named);
    }

    /**
     * {@code about} (a question or an answer on the arrival that records nothing), after the problems said beside the
     * arrival, filed as they would be alone: an injury is never left unreported while the arrival is asked about.
     */
    private Answer withProblems(Answer about, List<Record> beside, Asked asked, String text) {
        if (beside.isEmpty()) return about;
        Answer filed = intake.take(new ParseOutcome.Understood(beside), asked, text);
        if (filed.kind() == Reply.Kind.REFUSAL || filed.kind() == Reply.Kind.QUESTION) return about;
        return filed.then(about.text());
    }

    /**
     * With nothing expected: the same people said again after their arrival was confirmed or
     * recorded are not recorded twice; other people are asked about while some have arrived today.
     */
    private Optional<Answer> again(Delegation d, Said s, String text, LocalDateTime now) {
        List<ExpectedArrivals.Expected> arrived = expected.arrived(d.id(), now.toLocalDate());
        Integer count = s.words().count();
        if (arrived.isEmpty() && s.read() == null) return Optional.of(ArrivalQuestions.nothingExpected(d));
        if (arrived.isEmpty()) return Optional.empty();
        List<ExpectedArrivals.Expected> same = tied(arrived, s.words());
        if (!same.isEmpty()) return Optional.of(ArrivalQuestions.already(d, same.get(0), count));
        return Optional.of(ArrivalQuestions.otherThan(d, arrived, text, count));
    }

    /** When the report says they came: its own time of today already past ("两点到的"), else the report's minute. */
    private static LocalDateTime when(Said s, LocalDateTime now) {
        Arrival read = s.read();
        if (read == null || read.time() == null || read.time().isAfter(now.toLocalTime())) return now;
        return now.toLocalDate().atTime(read.time());
    }

    /** The train or flight the report gives ("到了 坐的G1502"), or null. */
    private static String transport(Said s, ParseOutcome outcome) {
        if (s.read() != null && s.read().transport() != null) return s.read().transport();
        return ArrivedNow.transport(outcome).orElse(null);
    }

    /** {@code outcome} timed at the report's minute when it reports an arrival tied to nothing ({@link ArrivedNow#timed}). */
    ParseOutcome timed(ParseOutcome outcome, Asked asked) {
        return ArrivedNow.timed(
                outcome, LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * As {@link #timed(ParseOutcome, Asked)}, and when that ties no single arrival, each arrival of today said done in
     * {@code text} beside others or beside meal figures ({@link SaidDoneArrivals}).
     */
    ParseOutcome timed(ParseOutcome outcome, Asked asked, String text) {
        ParseOutcome one = timed(outcome, asked);
        if (one != outcome || SaidDoneArrivals.stillToCome(text)) return one;
        return SaidDoneArrivals.timed(
                outcome, LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES));
    }

    private Optional<Said> said(ParseOutcome outcome, Asked asked, LocalDateTime now) {
        // 29人到齐了，一个队员扭伤了脚: the liaison's own team all here beside problems only, which are filed with it
        boolean problemsOnly = !outcome.records().isEmpty()
                && outcome.records().equals(ArrivedNow.beside(outcome))
                && asked.sender().delegation() != null;
        if (outcome instanceof ParseOutcome.Understood && problemsOnly)
            return ArrivedNow.read(outcome).map(w -> new Said(asked.sender().delegation(), null, w));
        if (outcome instanceof ParseOutcome.Understood u) {
            Optional<Arrival> read = ArrivedNow.arrival(outcome, now);
            if (u.further() || read.isEmpty()) return Optional.empty();
            Arrival a = read.get();
            Integer count = a.count() != null
                    ? a.count()
                    : ArrivedNow.read(outcome).map(ArrivedNow::count).orElse(null);
            boolean all = ArrivedNow.read(outcome).map(ArrivedNow::all).orElse(false);
            return Optional.of(new Said(a.delegation(), a, new ArrivedNow(count, all)));
        }
        boolean nothing = outcome instanceof ParseOutcome.NothingToRecord
                || outcome instanceof ParseOutcome.Incomplete i
                        && i.records().isEmpty()
                        && i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.UNCLEAR);
        if (!nothing) return Optional.empty();
        return ArrivedNow.read(outcome).map(w -> new Said(asked.sender().delegation(), null, w));
    }

    /** The expected arrivals the words name: the same figure, all of them (到齐), or the only one. */
    private static List<ExpectedArrivals.Expected> tied(List<ExpectedArrivals.Expected> waiting, ArrivedNow words) {
        if (words.count() != null) {
            List<ExpectedArrivals.Expected> same =
                    waiting.stream().filter(x -> x.people() == words.count()).toList();
            return same.size() == 1 ? same : List.of();
        }
        return words.all() || waiting.size() == 1 ? waiting : List.of();
    }
}
