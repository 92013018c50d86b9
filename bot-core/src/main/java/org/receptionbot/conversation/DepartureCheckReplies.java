package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.reminder.Briefings;

/**
 * A liaison's bare 确认 after the coordinators' 【离会确认】 (the bot's own request, the evening before, that each team
 * leaving confirms its departure): it confirms the team's one departure on the day the request listed, reported or
 * planned, as it stands (recorded again with its own train or flight); with several that day the liaison is asked
 * which. A team the request did not list, or a day it was not said for, gets nothing here.
 */
final class DepartureCheckReplies {
    private final Event event;
    private final Intake intake;
    private final TransportConfirmations transports;
    private final RestatedDepartureChecks restated;

    DepartureCheckReplies(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.intake = intake;
        this.transports = new TransportConfirmations(event, ledger, intake);
        this.restated = new RestatedDepartureChecks(event, intake, transports);
    }

    /** The answer to a yes that restates the team's departures the request listed ({@link RestatedDepartureChecks}). */
    Optional<Answer> restated(String text, Asked asked) {
        return restated.answer(text, asked);
    }

    /** The answer to the bare yes {@code text} of a liaison, when a 【离会确认】 listed their team; else empty. */
    Optional<Answer> answer(String text, Asked asked) {
        Delegation d = Optional.ofNullable(asked.sender().delegation())
                .flatMap(event::delegation)
                .orElse(null);
        if (d == null) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        // the evening's request for tomorrow, else yesterday evening's for today (a 确认 the morning they leave)
        for (LocalDate day : List.of(now.toLocalDate().plusDays(1), now.toLocalDate())) {
            if (!intake.notices().said(Briefings.departureChecksKey(day))) continue;
            List<TransportConfirmations.Waiting> listed = transports.departures(d, now, day::equals);
            if (listed.size() == 1) return Optional.of(confirmed(d, listed.get(0), text, asked));
            if (listed.size() > 1)
                return Optional.of(Answer.of(
                        Reply.Kind.QUESTION,
                        "未记录：" + d.name() + "当天离开的有："
                                + listed.stream()
                                        .map(TransportConfirmations.Waiting::said)
                                        .collect(Collectors.joining("、"))
                                + "。请写明要确认的离开时间和车次/航班，例如“明天8点半走 坐G1502”。"));
        }
        return Optional.empty();
    }

    private Answer confirmed(Delegation d, TransportConfirmations.Waiting w, String text, Asked asked) {
        String by = w.movement().transport();
        String line = "已确认：" + d.name() + " " + w.said() + "，按【离会确认】所列安排。"
                + (by == null ? "如已定车次/航班，请发送「确认 车次号」，如「确认 G1118」。" : "");
        return transports.confirm(w, by, asked, text, line);
    }
}
