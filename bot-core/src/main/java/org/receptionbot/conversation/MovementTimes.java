package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.BareTime;
import org.receptionbot.parse.BareTimes;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * A bare clock time, or a train or flight with one ("下午4点的车", "16:00", "D2282 下午4点"), sent right
 * after the sender's own movement report that gave no clock time ("辽宁有8个人下午先走 坐D2282") completes
 * that movement: its time is set (and the train or flight, when given), its day, people and direction
 * kept; the answer says so ("已更新：离开时间补充为16:00（D2282），仍为8人"). Right after: the sender's
 * last message with records holds exactly one movement, with no clock time, sent at most {@link #WITHIN}
 * before. The message is read by the parser's {@link BareTimes}; an hour with no part of the day is read in
 * the movement's (下午 4点 is 16:00, {@link BareTime#at}). A verb of the other direction ("下午4点到" after a
 * departure) is no follow-up of it.
 */
final class MovementTimes {
    static final Duration WITHIN = Duration.ofMinutes(30);

    private final Ledger ledger;
    private final BareTimes times;

    MovementTimes(Event event, Ledger ledger) {
        this.ledger = ledger;
        this.times = new BareTimes(event);
    }

    /** The answer when {@code text} completes the sender's movement just reported; else empty. */
    Optional<Answer> answer(String text, Asked asked, Intake intake) {
        Optional<BareTime> said = times.read(text, asked.today());
        if (said.isEmpty()) return Optional.empty();
        Optional<Entry> last = last(asked);
        if (last.isEmpty()) return Optional.empty();
        Movement old = (Movement) last.get().record();
        if (!said.get().fits(old instanceof Arrival)) return Optional.empty();
        LocalTime time = said.get().at(old.part());
        String transport = said.get().transport() != null ? said.get().transport() : old.transport();
        Movement done = old instanceof Arrival
                ? new Arrival(old.delegation(), old.date(), time, old.count(), transport)
                : new Departure(old.delegation(), old.date(), time, old.count(), transport);
        ParseOutcome outcome = new ParseOutcome.Understood(List.of(done));
        Answer a = intake.take(outcome, asked, text, List.of(last.get()));
        String prefix = "已按修改后的消息更新：";
        if (!a.text().startsWith(prefix)) return Optional.of(a);
        String answer = "已更新：" + Supplements.change(last.get(), outcome) + "\n"
                + a.text().substring(prefix.length());
        return Optional.of(new Answer(answer, a.buttons(), a.kind(), a.receipt()));
    }
    /** The sender's movement with no clock time their last message with records reported, if just now. */
    private Optional<Entry> last(Asked asked) {
        return ledger.lastMessageOf(asked.source().chat(), asked.sender().userId())
                .map(ledger::activeEntriesOf)
                .filter(entries -> entries.stream()
                                .filter(e -> e.record() instanceof Movement)
                                .count()
                        == 1)
                .flatMap(entries -> entries.stream()
                        .filter(e -> e.record() instanceof Movement)
                        .findFirst())
                .filter(e -> ((Movement) e.record()).time() == null)
                .filter(e -> !e.source().at().plus(WITHIN).isBefore(asked.now()));
    }
}
