package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.parse.ChineseNumerals;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * A liaison's team, or the part of it leaving today, said gone as its departure is due, first in a message that may go
 * on about something else: "江苏32个出发了 留下的两个在医院输液", "四川走的8个已经上10号车去车站了 谢谢田老师", "重庆全部出发了
 * 谢谢！外套有个队员落在餐厅了…", "广东的 我们1点半已经出发去机场了 37人 一个不少". The people said gone (a figure, or the
 * whole team) are those of one departure of the team's today still to come, due within {@link #EARLY_HOURS} before to
 * {@link #LATE_HOURS} after its hour: that departure said as done, for {@link DepartureConfirmations} to confirm; the
 * words after it are read as a message of their own. A leaving to come (明天走, 要出发了, 准备出发), a question, a figure
 * no departure of today has, or another team's name keeps the message as it is read.
 */
final class PartsSaidGone {
    /** The people and their leaving said as done, up to the end of the clause. */
    private static final Pattern GONE =
            Pattern.compile("^(?<who>[^，,。！!？?；;]*?)(?:已经|已|都已经?|都)?(?:上(?:\\d{1,2}号|大)?车|上大巴|出发|离开|动身|走|启程)"
                    + "(?<where>[^，,。！!？?；;\\s]{0,8}?)了(?=$|[\\s，,。！!；;])");
    /** Words before a leaving still to come, or a denial. */
    private static final Pattern TO_COME = Pattern.compile("明|后天|要|将|准备|打算|马上|就要|快|等|没|不|还|吗|几点|什么时候|晚点|改|推迟|提前|延|换");
    /** Going somewhere in town (去赛场, 到餐厅): a way out of the hotel, not out of the event. */
    private static final Pattern IN_TOWN =
            Pattern.compile("^[\\s，,]*(?:出发)?(?:去|到|往)(?!火车站|高铁站|车站|机场|[东南西北]站|[^\\s，,]{0,4}?(?:火车站|高铁站|机场))");
    /** A clock hour said among the people gone ("我们8点都上车了"). */
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})[点:：]");

    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|个|人|位|名)");
    private static final Pattern WHOLE = Pattern.compile("全部|全体|全团|所有人|大家|我们|一个不少|都");
    /** What may follow the gone clause and still belong to it: the figure again, all present, thanks. */
    private static final Pattern TAIL = Pattern.compile("^(?:[\\s，,。！!]*(?:一个不少|一个没少|人齐了|都齐了)"
            + "|[\\s，,。！!]*(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|个|人|位|名)"
            + "|[\\s，,。！!]*(?:出发)?(?:去|到|往)(?:火车站|高铁站|车站|机场|[东南西北]站))*[\\s，,。！!]*");

    /** How long before its hour a departure may be said done (the bus to the station or the airport). */
    private static final long EARLY_HOURS = 4;
    /** How long after its hour. */
    private static final long LATE_HOURS = 3;

    /** The departure said done, and the words after it (blank when none). */
    record Gone(ParseOutcome outcome, String rest) {}

    private final Event event;
    private final Ledger ledger;
    private final DelegationNames names;

    PartsSaidGone(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.names = new DelegationNames(event);
    }

    /**
     * The answer to a message whose reading said no movement as done ({@code parsed}) when it opens with the sender's
     * team or its part said gone: that departure confirmed by {@code answers}, then the words after it read as a message
     * of their own by {@code readAlone} under their own key; empty otherwise.
     */
    Optional<Answer> answer(
            ParseOutcome parsed,
            IncomingMessage message,
            Asked asked,
            BiFunction<ParseOutcome, IncomingMessage, Answer> answers,
            BiFunction<IncomingMessage, Asked, Answer> readAlone) {
        // a movement said now alone is answered as such; beside another matter (an issue) it is read here
        if (parsed.saidNow() != null && parsed.records().size() < 2
                || asked.sender().coordinator()) return Optional.empty();
        Delegation team = Optional.ofNullable(asked.sender().delegation())
                .flatMap(event::delegation)
                .orElse(null);
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        if (parsed.records().stream().anyMatch(r -> !echo(r, team, now) && !(r instanceof Issue)))
            return Optional.empty();
        Optional<Gone> gone = read(message.text(), team, now);
        if (gone.isEmpty()) return Optional.empty();
        Answer yes = answers.apply(gone.get().outcome(), message);
        if (gone.get().rest().isBlank()) return Optional.of(yes);
        Answer more = readAlone.apply(message.withText(gone.get().rest()), asked.keyedAs("~rest"));
        return Optional.of(more.silent() ? yes : yes.then(more.text()));
    }

    /** A departure of the team's today read from the message that is the one still to come (later or untimed). */
    private static boolean echo(Record r, Delegation team, LocalDateTime now) {
        return team != null
                && r instanceof Departure x
                && x.delegation().equals(team.id())
                && x.date().equals(now.toLocalDate())
                && x.part() == null
                && (x.time() == null || x.time().isAfter(now.toLocalTime()));
    }

    /** {@code text} of the sender's team as a departure of today said done and the words after it; empty otherwise. */
    Optional<Gone> read(String text, Delegation team, LocalDateTime now) {
        if (team == null) return Optional.empty();
        String said = names.after(team, text.strip()).orElse(text.strip());
        if (said.equals(text.strip()) && namesAnother(text, team)) return Optional.empty();
        Matcher m = GONE.matcher(said);
        if (!m.find()) {
            return Optional.empty();
        }
        String who = m.group("who");
        if (TO_COME.matcher(who + m.group("where")).find()) return Optional.empty();
        // 湖北全团已上车 出发去赛场了 / 我们都上车了 去赛场: out to the venue, not leaving; 我们8点都上车了 at 7:10: to come
        if (IN_TOWN.matcher(m.group("where")).lookingAt() || hourToCome(who, now)) return Optional.empty();
        Matcher tail = TAIL.matcher(said.substring(m.end()));
        tail.lookingAt();
        String rest = said.substring(m.end() + tail.end()).strip();
        if (IN_TOWN.matcher(rest).lookingAt()) return Optional.empty();
        Integer people = people(who + " " + tail.group(), team);
        if (people == null) return Optional.empty();
        LocalDateTime at = now.truncatedTo(ChronoUnit.MINUTES);
        if (!due(team, people, at)) return Optional.empty();
        Departure gone = new Departure(team.id(), at.toLocalDate(), null, people, null);
        return Optional.of(new Gone(
                new ParseOutcome.Understood(
                        List.of(gone), false, new SaidNow(SaidNow.Kind.DEPARTURE, people, people >= team.size(), null)),
                rest));
    }

    /** Whether {@code who} says an hour later than {@code now} in either half of the day. */
    private static boolean hourToCome(String who, LocalDateTime now) {
        Matcher h = HOUR.matcher(who);
        while (h.find()) {
            int hour = Integer.parseInt(h.group(1));
            boolean past = hour <= now.getHour() || hour < 12 && hour + 12 <= now.getHour();
            if (!past) return true;
        }
        return false;
    }

    /** The people said gone: one figure (all figures the same), else the whole team by a word of all. */
    private static Integer people(String who, Delegation team) {
        // 一个不少: all there, no figure of one
        Matcher c = COUNT.matcher(who.replaceAll("一个(?:不少|没少)", " "));
        Integer n = null;
        while (c.find()) {
            int v = ChineseNumerals.value(c.group(1));
            if (n != null && n != v) return null;
            n = v;
        }
        if (n != null) return n > 0 ? n : null;
        return WHOLE.matcher(who).find() ? team.size() : null;
    }

    /** Whether one departure of the team's today with {@code people}, recorded or planned, is due about {@code now}. */
    private boolean due(Delegation team, int people, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Departure> today_ = new ArrayList<>();
        ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure x
                        && x.delegation().equals(team.id())
                        && x.date().equals(today))
                .forEach(e -> today_.add((Departure) e.record()));
        Plan plan = team.departure();
        boolean replaced = today_.stream().anyMatch(x -> x.count() == null || x.count() >= team.size());
        if (plan != null && plan.date().equals(today) && !replaced)
            today_.add(new Departure(team.id(), today, plan.time(), null, plan.transport()));
        long tied = today_.stream()
                .filter(x -> (x.count() == null || x.count() >= team.size() ? team.size() : x.count()) == people)
                .filter(x -> x.time() != null && near(today.atTime(x.time()), now))
                .count();
        return tied == 1;
    }

    private static boolean near(LocalDateTime at, LocalDateTime now) {
        return !now.isBefore(at.minusHours(EARLY_HOURS)) && !now.isAfter(at.plusHours(LATE_HOURS));
    }

    /** Whether the text names a delegation other than {@code team}. */
    private boolean namesAnother(String text, Delegation team) {
        return event.delegations().stream()
                .filter(d -> !d.id().equals(team.id()))
                .anyMatch(d -> names.after(d, text.strip()).isPresent());
    }
}
