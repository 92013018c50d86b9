package org.receptionbot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.DeniedDepartureWords;
import org.receptionbot.record.Departure;
import org.receptionbot.summary.RecordText;

/**
 * "我们那4个人今晚9点比赛完就回来 没有离会", "湖北那4个人没离会 取消湖北4人离会记录": a departure denied, by the delegation's
 * liaison or by a coordinator naming the delegation, withdraws the departure recorded for it (of today or later): the
 * one of the figure said, else the only one, else the latest. With none recorded, or when the message reports a
 * departure itself, it is read as usual, unless the denial is of today's and the departure is of a later day ("今天下午没有人走
 * 是明天下午走3个"): today's is withdrawn and the later one recorded, both answered.
 */
final class DeniedDepartures {
    private static final Pattern FIGURE = Pattern.compile("(\\d+)\\s*(?:个|人|位|名)");
    private final Ledger ledger;
    private final Recorder recorder;
    private final Intake intake;
    private final RecordText texts;
    private final DelegationNames names;

    DeniedDepartures(Event event, Ledger ledger, Recorder recorder, Intake intake) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.intake = intake;
        this.texts = new RecordText(event);
        this.names = new DelegationNames(event);
    }

    /** The answer when {@code text} denies a recorded departure; else empty. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        if (!DeniedDepartureWords.saidIn(text)) return Optional.empty();
        // "今天下午没有人走 是明天下午走3个": today's departure moved to the later one read beside the denial
        boolean moved = DeniedDepartureWords.todayDenied(text)
                && outcome.records().stream().anyMatch(r -> r instanceof Departure);
        if (!moved && outcome.records().stream().anyMatch(r -> r instanceof Departure)) return Optional.empty();
        String delegation = names.in(text)
                .map(n -> n.delegation().id())
                .orElse(asked.sender().delegation());
        // Only the delegation's own liaison or a coordinator may take its departure back.
        if (delegation == null
                || !asked.sender().coordinator()
                        && !delegation.equals(asked.sender().delegation())) return Optional.empty();
        Optional<Entry> recorded = recorded(delegation, text, asked, moved);
        if (recorded.isEmpty()) return Optional.empty();
        recorder.withdraw(List.of(recorded.get()), asked.source());
        String done = "已撤销：" + texts.describe(recorded.get().record()) + (moved ? "（按您所说，今天没有人离会）" : "（按您所说，没有离会）");
        if (outcome.records().isEmpty()) return Optional.of(Answer.of(Reply.Kind.CORRECTION, done));
        Answer rest = intake.take(outcome, asked, text);
        return Optional.of(rest.silent() ? Answer.of(Reply.Kind.CORRECTION, done) : rest.then(done));
    }

    /**
     * The delegation's departure of today or later (of today only when {@code today}): of the figure said, else the
     * only one, else the latest.
     */
    private Optional<Entry> recorded(String delegation, String text, Asked asked, boolean today) {
        List<Entry> ahead = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure d
                        && delegation.equals(d.delegation())
                        && !d.date().isBefore(asked.today())
                        && (!today || d.date().equals(asked.today())))
                .toList();
        Matcher m = FIGURE.matcher(text);
        if (m.find()) {
            int figure = Integer.parseInt(m.group(1));
            List<Entry> those = ahead.stream()
                    .filter(e -> Integer.valueOf(figure).equals(((Departure) e.record()).count()))
                    .toList();
            if (!those.isEmpty()) ahead = those;
        }
        return ahead.stream().max(Comparator.comparing(e -> e.source().at()));
    }
}
