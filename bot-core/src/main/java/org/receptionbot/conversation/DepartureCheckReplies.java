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

    /**
     * The answer to a liaison's yes with details that agree with their team's one departure the 【离会确认】 listed
     * ({@link CheckYesDetails}: "北京确认 G1118", "广西确认👌 明早7点酒店门口上车"); else empty.
     */
    Optional<Answer> detailed(String text, Asked asked) {
        // 兵团确认了 按原计划1点半D656走: a coordinator confirms for the team named first
        Delegation d = asked.sender().coordinator()
                ? NamedTeam.opening(event, text).orElse(null)
                : Optional.ofNullable(asked.sender().delegation())
                        .flatMap(event::delegation)
                        .orElse(null);
        if (d == null) return Optional.empty();
        String said = new org.receptionbot.access.DelegationNames(event)
                .after(d, text.strip())
                .orElse(text.strip());
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        for (LocalDate day : List.of(now.toLocalDate().plusDays(1), now.toLocalDate())) {
            if (!intake.notices().said(Briefings.departureChecksKey(day))) continue;
            List<TransportConfirmations.Waiting> listed = transports.departures(d, now, day::equals);
            List<String> places = places();
            if (listed.size() == 1 && CheckYesDetails.agrees(said, listed.get(0).movement(), d.size(), places))
                return Optional.of(confirmed(d, listed.get(0), text, asked));
            // 确认 第一批G1504 7点从酒店出发 第二批中午12点坐大巴去机场: each batch named agrees with its listed one
            List<TransportConfirmations.Waiting> batches = listed.stream()
                    .filter(w -> w.movement().time() != null)
                    .sorted(java.util.Comparator.comparing(w -> w.movement().time()))
                    .toList();
            if (batches.size() == listed.size()
                    && CheckYesDetails.batchesAgree(
                            said,
                            batches.stream()
                                    .map(TransportConfirmations.Waiting::movement)
                                    .toList(),
                            d.size(),
                            places)) {
                String line = "已确认：" + d.name() + " "
                        + batches.stream()
                                .map(TransportConfirmations.Waiting::said)
                                .collect(Collectors.joining("；"))
                        + "，按【离会确认】所列安排。";
                return Optional.of(Rerecorded.all(
                        intake,
                        batches.stream()
                                .map(w -> (org.receptionbot.record.Record) w.movement())
                                .toList(),
                        batches.stream()
                                .map(TransportConfirmations.Waiting::entry)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        asked,
                        text,
                        line));
            }
            if (!listed.isEmpty()) return Optional.empty();
        }
        return Optional.empty();
    }

    /** The names of the event's hotels and venues, where a team may be said to board. */
    private List<String> places() {
        return java.util.stream.Stream.concat(
                        event.hotels().stream().map(org.receptionbot.event.Hotel::name),
                        event.venues().stream().map(org.receptionbot.event.Venue::name))
                .toList();
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

    /**
     * A yes to the 【离会确认】 that listed the sender's team with a question after it ("天津确认 11:30 D656 30人
     * 退房几点之前要退啊"): the words before the question, read as usual, and the question, passed on; empty for any other
     * text (a question with a figure, an hour or a change in it is a request of its own, read with the rest).
     */
    Optional<CheckQuestions.Split> question(String text, Asked asked) {
        return CheckQuestions.split(text).filter(q -> listed(asked));
    }

    /** {@code read} with the question passed on to the coordinators, said in a line after it. */
    Answer passOn(Answer read, CheckQuestions.Split q, Asked asked) {
        boolean told = intake.notices().pass("离会确认中的提问", q.question(), asked);
        return read.then(told ? "您的问题“" + q.question() + "”已转协调组，请留意回复。" : "您的问题“" + q.question() + "”请直接咨询协调组。");
    }

    /** Whether a 【离会确认】 for tomorrow, or this morning's from last evening, listed the sender's team. */
    private boolean listed(Asked asked) {
        Delegation d = Optional.ofNullable(asked.sender().delegation())
                .flatMap(event::delegation)
                .orElse(null);
        if (d == null) return false;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        for (LocalDate day : List.of(now.toLocalDate().plusDays(1), now.toLocalDate()))
            if (intake.notices().said(Briefings.departureChecksKey(day))
                    && !transports.departures(d, now, day::equals).isEmpty()) return true;
        return false;
    }

    private Answer confirmed(Delegation d, TransportConfirmations.Waiting w, String text, Asked asked) {
        String by = w.movement().transport();
        String line = "已确认：" + d.name() + " " + w.said() + "，按【离会确认】所列安排。"
                + (by == null ? "如已定车次/航班，请发送「确认 车次号」，如「确认 G1118」。" : "");
        return transports.confirm(w, by, asked, text, line);
    }
}
