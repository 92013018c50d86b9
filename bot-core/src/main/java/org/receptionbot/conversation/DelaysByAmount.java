package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.StandingMovements;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A team's ride today said late or early by an amount, with no new hour ("G1502晚点二十分钟", "航班延误40分钟", "辽宁推后半小时
 * 车票改签了 G1234"): the team's standing arrival or departure of today ({@link StandingMovements}: the last one reported
 * for the whole team, else the plan) moved by that amount, with the train or flight the message names instead of the
 * standing one. The team is the one named, else the sender's, else the one of the bus named or ridden by the sender.
 * With no hour of today to move, or a movement of each kind today and no word to tell them apart, the sender is asked
 * for the new hour. A question, a meal, a check-out or anything but a ride moved (会议推迟半小时), a departure moved by
 * an amount that {@link LeaveWords#shift} reads (提早半小时走), a message with a clock time or a movement read, or one
 * with no team to tell, is not read here.
 */
final class DelaysByAmount {
    private static final Pattern AMOUNT = Pattern.compile("(晚点|延误|推迟|推后|延后|延迟|提前|提早)了?\\s*(?:大概|大约|约)?\\s*"
            + "(?:(半)个?(?:小时|钟头)|([0-9一二两三四五六七八九十]{1,2})个?(半)?(?:小时|钟头)|([0-9一二两三四五六七八九十]{1,3})分钟?)");
    /** A clock time, a question, a meal or a check-out: the message is not a bare move by an amount. */
    private static final Pattern NOT_HERE =
            Pattern.compile("[0-9一二两三四五六七八九十]\\s*[点:：时]|[吗？?]|能不能|可不可以|饭|餐|宵夜|夜宵|退房|开会|比赛");

    private static final Pattern VEHICLE = Pattern.compile("([0-9]{1,2})\\s*号?(?:车|大巴)");
    private static final Pattern TRANSPORT =
            Pattern.compile("(?i)(?<![A-Za-z0-9])([GDCKTZ][0-9]{1,4}|[A-Z0-9]{2}[0-9]{3,4})(?![0-9])");
    /** Words of a ride or a ticket: what is late is a journey, not a meeting or a match. */
    private static final String[] RIDE = {"航班", "飞机", "高铁", "动车", "火车", "车次", "车票", "机票", "改签", "大巴", "车"};

    private static final String[] ARRIVING = {"到", "落地", "抵达", "进站"};
    private static final String[] LEAVING = {"走", "出发", "离开", "起飞", "发车", "开车", "返程"};

    /** The movement moved ({@code outcome}), or the question when there is none to move ({@code ask}). */
    record Read(ParseOutcome outcome, Answer ask) {}

    private final Event event;
    private final StandingMovements standings;

    DelaysByAmount(Event event, Ledger ledger) {
        this.event = event;
        this.standings = new StandingMovements(event, ledger);
    }

    /** What {@code parsed} becomes when {@code text} moves a team's ride of today by an amount; empty otherwise. */
    Optional<Read> read(ParseOutcome parsed, String text, Asked asked, String vehicle) {
        if (parsed.records().stream().anyMatch(r -> r instanceof Movement)) return Optional.empty();
        Matcher m = AMOUNT.matcher(text);
        // 提早半小时走, 出发时间推迟一小时: a departure moved by an amount, read against its standing hour (StandingHours)
        if (!m.find() || NOT_HERE.matcher(text).find() || LeaveWords.shift(text).isPresent()) return Optional.empty();
        Duration by = amount(m);
        String word = m.group(1);
        if (m.find() || by.isZero() || by.toHours() > 12) return Optional.empty();
        boolean ride = word.equals("晚点")
                || word.equals("延误")
                || any(text, RIDE)
                || any(text, ARRIVING)
                || any(text, LEAVING)
                || transport(text).isPresent();
        String team = team(text, asked, vehicle);
        if (!ride || team == null) return Optional.empty();
        Movement standing = standingToday(team, text, asked);
        if (standing == null || standing.time() == null) return Optional.of(new Read(null, ask(team)));
        LocalTime time = standing.time().plus(by);
        if (by.isNegative() != time.isBefore(standing.time())) return Optional.of(new Read(null, ask(team)));
        String transport = transport(text).orElse(standing.transport());
        Movement moved = standing instanceof Arrival
                ? new Arrival(team, standing.date(), time, standing.count(), transport)
                : new Departure(team, standing.date(), time, standing.count(), transport);
        List<Record> records = new ArrayList<>(List.of(moved));
        records.addAll(parsed.records());
        return Optional.of(new Read(new ParseOutcome.Understood(records), null));
    }

    /** The team named (one only), else the sender's, else the one of the bus named or the sender rides. */
    private String team(String text, Asked asked, String vehicle) {
        List<String> named = new ArrayList<>();
        for (Delegation d : event.delegations()) if (d.words().stream().anyMatch(text::contains)) named.add(d.id());
        if (named.size() == 1) return named.get(0);
        if (!named.isEmpty()) return null;
        if (asked.sender().delegation() != null) return asked.sender().delegation();
        Matcher bus = VEHICLE.matcher(text);
        String id = bus.find() ? bus.group(1) : vehicle;
        return id == null ? null : event.vehicle(id).map(Vehicle::delegation).orElse(null);
    }

    /** The team's standing movement of today the words point to; null when none, or two that nothing tells apart. */
    private Movement standingToday(String team, String text, Asked asked) {
        Movement arrival = today(standings.arrival(team), asked);
        Movement departure = today(standings.departure(team), asked);
        if (arrival != null && departure != null) {
            boolean arriving = any(text, ARRIVING);
            if (arriving == any(text, LEAVING)) return null;
            return arriving ? arrival : departure;
        }
        return arrival != null ? arrival : departure;
    }

    private static Movement today(Optional<StandingMovements.Standing> standing, Asked asked) {
        return standing.map(StandingMovements.Standing::movement)
                .filter(m -> asked.today().equals(m.date()))
                .orElse(null);
    }

    private Answer ask(String team) {
        String who = event.delegation(team).map(Delegation::name).orElse("");
        return Answer.of(Reply.Kind.QUESTION, "未记录：不知道" + who + "原定几点到达或出发，无法按晚点时长推算。请直接写新的时间，例如「G1502改为15:40到」。");
    }

    private static Optional<String> transport(String text) {
        Matcher t = TRANSPORT.matcher(text);
        return t.find() ? Optional.of(t.group(1).toUpperCase()) : Optional.empty();
    }

    private static Duration amount(Matcher m) {
        Duration by;
        if (m.group(2) != null) by = Duration.ofMinutes(30);
        else if (m.group(3) != null)
            by = Duration.ofHours(Numbers.read(m.group(3)).orElse(0)).plusMinutes(m.group(4) == null ? 0 : 30);
        else by = Duration.ofMinutes(Numbers.read(m.group(5)).orElse(0));
        return m.group(1).startsWith("提") ? by.negated() : by;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
