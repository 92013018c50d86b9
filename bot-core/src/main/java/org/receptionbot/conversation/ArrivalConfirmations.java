package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * An arrival reported as it happens ("那三个人到了", "3个队员已经到酒店了", "到齐了") by a delegation
 * with an arrival expected ({@link ExpectedArrivals}: that day's, or the day before's not yet
 * arrived) confirms it instead of adding a second one: the same people (the same figure, or the
 * only one expected; 到齐: all of them). The confirmation is recorded from the report, replacing the
 * expected arrival, so that the movement board shows it arrived: at its own time when it was due,
 * else at the report's time (early, late, or untimed); with the train or flight the report gives
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

    ArrivalConfirmations(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.expected = new ExpectedArrivals(event, ledger);
        this.intake = intake;
        this.transports = new TransportConfirmations(event, ledger, intake);
        this.shortOnes = new ShortArrivalAsks(event, expected, intake, this::timed);
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
        if (missing.isPresent())
            return shortOnes
                    .overSize(outcome, text, asked, missing.get())
                    .or(() -> shortOnes.offer(outcome, text, asked, missing.get()))
                    .or(() -> stillMissing(outcome, text, asked, missing.get()));
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
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        if (waiting.isEmpty() && !figure) return Optional.empty();
        List<Record> beside = ArrivedNow.beside(outcome);
        if (waiting.isEmpty()) return again(d, s, text, now).map(a -> withProblems(a, beside, asked, text));
        List<ExpectedArrivals.Expected> tied = tied(waiting, s.words());
        if (tied.isEmpty())
            return Optional.of(withProblems(
                    ArrivalQuestions.which(d, waiting, text, s.words().count()), beside, asked, text));
        return Optional.of(confirm(d, tied, asked, text, now, transport(s, outcome), beside));
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

    /**
     * Those who came beside some short with no day of their own ("来了33 还差一个", "33人已到，1人未到"): recorded, and the
     * ones short asked about, told how they count while their planned arrival stands; with the later ones' own arrival
     * read beside them, left to the intake.
     */
    private Optional<Answer> stillMissing(ParseOutcome outcome, String text, Asked asked, int missing) {
        if (!(outcome instanceof ParseOutcome.Understood)
                || outcome.records().size() != 1
                || !(outcome.records().get(0) instanceof Arrival came)) return Optional.empty();
        Delegation d = came.delegation() == null
                ? null
                : event.delegation(came.delegation()).orElse(null);
        if (d == null || came.count() == null) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        // the same people said again are not recorded twice
        List<ExpectedArrivals.Expected> same = expected.arrived(d.id(), now.toLocalDate()).stream()
                .filter(x -> x.people() == came.count())
                .toList();
        if (!same.isEmpty()) return Optional.of(ArrivalQuestions.already(d, same.get(0), came.count()));
        Answer a = intake.take(timed(outcome, asked), asked, text);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return Optional.of(a);
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        String planned = waiting.size() == 1 && waiting.get(0).people() == missing
                ? "未到的" + missing + "人仍按" + waiting.get(0).said() + "计入用餐。"
                : "";
        String ask = planned + "未到的" + missing + "人：到达后请回复“" + missing + "人已到”；如改日到达，请回复如“" + missing + "人明天到”。";
        return Optional.of(new Answer(a.text() + "\n" + ask, a.buttons(), a.kind(), a.receipt()));
    }

    /** The train or flight the report gives ("到了 坐的G1502"), or null. */
    private static String transport(Said s, ParseOutcome outcome) {
        if (s.read() != null && s.read().transport() != null) return s.read().transport();
        return ArrivedNow.transport(outcome).orElse(null);
    }

    /**
     * {@code outcome} with an arrival reported as it happens and tied to nothing (see {@link #answer})
     * timed at the report's minute, so that it reads as one that happened and its people count from
     * the next serving; any other outcome as it is.
     */
    ParseOutcome timed(ParseOutcome outcome, Asked asked) {
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        Optional<Arrival> part = ArrivedNow.partCome(outcome, now);
        if (part.isPresent()) {
            // 到了33人 还有1个明天到: those who came at the report's minute, the ones short on their own day
            List<Record> records = new ArrayList<>(outcome.records());
            records.set(records.indexOf(part.get()), ArrivedNow.at(part.get(), now));
            return new ParseOutcome.Understood(
                    records, ((ParseOutcome.Understood) outcome).further(), outcome.saidNow());
        }
        Optional<Arrival> a = ArrivedNow.arrival(outcome, now);
        if (a.isEmpty() || a.get().time() != null) return outcome;
        List<Record> records = new ArrayList<>(outcome.records());
        records.set(records.indexOf(a.get()), ArrivedNow.at(a.get(), now));
        return new ParseOutcome.Understood(records, ((ParseOutcome.Understood) outcome).further(), outcome.saidNow());
    }

    private Optional<Said> said(ParseOutcome outcome, Asked asked, LocalDateTime now) {
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

    /**
     * Records each tied arrival as one that happened, from this report: at its own time when it was
     * due, else (early, late, or untimed) at the report's minute; with the transport the report gives; and the problems
     * said {@code beside} it, as they would be alone.
     */
    private Answer confirm(
            Delegation d,
            List<ExpectedArrivals.Expected> tied,
            Asked asked,
            String text,
            LocalDateTime now,
            String transport,
            List<Record> beside) {
        List<String> lines = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        List<Entry> replaced = new ArrayList<>();
        for (ExpectedArrivals.Expected x : tied) {
            Arrival a = x.arrival();
            String by = transport == null ? a.transport() : transport;
            String line = "已确认：" + d.name() + " " + x.who() + "已抵达（" + x.said() + "）";
            if (x.due().isAfter(now)) line += "，提前抵达，按" + Texts.time(now.toLocalTime()) + "计入";
            else if (x.late())
                line += "，晚于原报时间，按" + Texts.day(now.toLocalDate()) + Texts.time(now.toLocalTime()) + "计入";
            lines.add(line);
            boolean atNow = x.late() || a.time() == null || x.due().isAfter(now);
            Arrival done = atNow
                    ? ArrivedNow.at(a, now)
                    : new Arrival(a.delegation(), a.date(), a.time(), a.count(), a.transport());
            records.add(new Arrival(done.delegation(), done.date(), done.time(), done.count(), by));
            if (x.entry() != null) replaced.add(x.entry());
        }
        if (transport != null
                && !tied.stream().allMatch(x -> transport.equals(x.arrival().transport())))
            lines.add("车次/航班记为" + transport + "。");
        records.addAll(beside);
        String said = String.join("\n", lines);
        // recorded as reported now: a serving begun before it (since the arrival was first reported,
        // or in progress when people come early) keeps the arrival replaced, taken back only now
        Answer a = intake.take(new ParseOutcome.Understood(records), asked, text, replaced);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return a;
        String body = Receipts.rerecorded(a.text());
        return new Answer(said + "\n" + body, a.buttons(), a.kind(), a.receipt());
    }
}
