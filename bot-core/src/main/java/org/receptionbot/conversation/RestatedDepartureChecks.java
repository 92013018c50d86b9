package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.reminder.Briefings;

/**
 * A liaison's yes to the 【离会确认】 that restates what it listed of their team ("收到 贵州20人上午10点 30人下午1点半
 * 没问题", "确认 10点20人 1点半30人"): each hour said, with its figure when one is, is one of the team's departures
 * listed that day, and the yes confirms each of them as it stands. A message that says anything the listing does not
 * have (another hour, another figure, a change word, a meal) is no restating: it is read as it is.
 */
final class RestatedDepartureChecks {
    /** A yes to the request. */
    private static final Pattern YES = Pattern.compile("收到|没问题|确认|无误|没错|对的|没变化|不变|照旧|按原计划|👌|好的");
    /** Words that say something besides the listing: a change, a meal, a question, a doubt. */
    private static final Pattern OTHER =
            Pattern.compile("改|变动|调整|提前|推迟|推后|延后|晚点|早点|不对|搞错|报错|吗|？|\\?|饭|餐|吃|打包|少|多|加|减|取消|不走|留|后天|大后天|号");
    /** An hour with its half of the day, and a figure of people right before or after it. */
    private static final Pattern HOUR = Pattern.compile("(早上|上午|中午|下午|傍晚|晚上)?\\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*"
            + "[点:：时](半|一刻|三刻|(?:[0-9]{2}|[一二三四五]十[一二三四五六七八九]?)(?![0-9一二三四五六七八九个人位名]))?分?");

    private static final Pattern FIGURE = Pattern.compile("([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|人|个|位|名)");

    private final Event event;
    private final Intake intake;
    private final TransportConfirmations transports;

    RestatedDepartureChecks(Event event, Intake intake, TransportConfirmations transports) {
        this.event = event;
        this.intake = intake;
        this.transports = transports;
    }

    /** The answer to {@code text} when it restates its team's departures the 【离会确认】 listed; else empty. */
    Optional<Answer> answer(String text, Asked asked) {
        Delegation d = Optional.ofNullable(asked.sender().delegation())
                .flatMap(event::delegation)
                .orElse(null);
        if (d == null
                || asked.sender().coordinator()
                || !YES.matcher(text).find()
                || OTHER.matcher(text).find()) return Optional.empty();
        List<Said> said = said(text);
        if (said.isEmpty()) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        for (LocalDate day : List.of(now.toLocalDate().plusDays(1), now.toLocalDate())) {
            if (!intake.notices().said(Briefings.departureChecksKey(day))) continue;
            List<TransportConfirmations.Waiting> listed = transports.departures(d, now, day::equals);
            List<TransportConfirmations.Waiting> meant = meant(said, listed);
            if (meant != null) return Optional.of(confirmed(d, meant, text, asked));
        }
        return Optional.empty();
    }

    /** An hour said, with the figure said beside it or null. */
    record Said(LocalTime time, Integer count) {}

    /** The listed departure each of {@code said} is, in order; null when one is none of them or two are the same. */
    private List<TransportConfirmations.Waiting> meant(List<Said> said, List<TransportConfirmations.Waiting> listed) {
        List<TransportConfirmations.Waiting> meant = new ArrayList<>();
        for (Said s : said) {
            TransportConfirmations.Waiting match = null;
            // a departure reported that day before the plan (listed last), which it may stand beside
            for (TransportConfirmations.Waiting w : listed) {
                Movement m = w.movement();
                boolean fits = s.time().equals(m.time())
                        && (s.count() == null || s.count().equals(count(m)));
                if (fits && (match == null || match.entry() == null && w.entry() != null)) match = w;
            }
            if (match == null || meant.contains(match)) return null;
            meant.add(match);
        }
        return meant;
    }

    /** The people leaving: the figure said, or the team's size for the whole team (null) at its plan. */
    private Integer count(Movement m) {
        if (m.count() != null) return m.count();
        return event.delegation(m.delegation()).map(Delegation::size).orElse(null);
    }

    /** The hours said in {@code text}, each with the figure of people said right before or after it. */
    static List<Said> said(String text) {
        List<Said> out = new ArrayList<>();
        Matcher h = HOUR.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (h.find()) {
            LocalTime t = time(h);
            if (t == null) return List.of();
            spans.add(new int[] {h.start(), h.end()});
            out.add(new Said(t, null));
        }
        Matcher f = FIGURE.matcher(text);
        boolean hourFirst = f.find() && !spans.isEmpty() && spans.get(0)[0] < f.start();
        f.reset();
        while (f.find()) {
            Integer n = Numbers.read(f.group(1)).orElse(null);
            int at = nearest(spans, f.start(), f.end(), hourFirst);
            if (n == null || at < 0 || out.get(at).count() != null) return List.of();
            out.set(at, new Said(out.get(at).time(), n));
        }
        return out;
    }

    /**
     * The hour the figure at {@code start}..{@code end} goes with, a space at most between: the one before it when the
     * message says its hours first ("10点20个 1点半30个"), else the one after it ("20人上午10点"); -1 for none.
     */
    private static int nearest(List<int[]> spans, int start, int end, boolean hourFirst) {
        for (int i = 0; i < spans.size(); i++) {
            int gap = hourFirst ? start - spans.get(i)[1] : spans.get(i)[0] - end;
            if (gap >= 0 && gap <= 1) return i;
        }
        return -1;
    }

    private static LocalTime time(Matcher h) {
        int hour = Numbers.read(h.group(2)).orElse(-1);
        String m = h.group(3);
        int minute = m == null
                ? 0
                : switch (m) {
                    case "半" -> 30;
                    case "一刻" -> 15;
                    case "三刻" -> 45;
                    default -> Numbers.read(m).orElse(-1);
                };
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
        String half = h.group(1);
        boolean later = half != null && (half.equals("下午") || half.equals("傍晚") || half.equals("晚上"));
        if (later && hour < 12 || "中午".equals(half) && hour <= 2) hour += 12;
        else if (half == null && hour >= 1 && hour <= 6) hour += 12;
        return LocalTime.of(hour, minute);
    }

    /** Each listed departure meant, recorded again as it stands, in place of its entry. */
    private Answer confirmed(Delegation d, List<TransportConfirmations.Waiting> meant, String text, Asked asked) {
        List<Record> done = new ArrayList<>();
        List<Entry> replaced = new ArrayList<>();
        StringBuilder line = new StringBuilder("已确认：");
        for (TransportConfirmations.Waiting w : meant) {
            Movement x = w.movement();
            done.add(new Departure(x.delegation(), x.date(), x.time(), x.count(), x.transport(), x.part()));
            if (w.entry() != null) replaced.add(w.entry());
            line.append(line.length() > 4 ? "；" : d.name() + " ").append(w.said());
        }
        line.append("，按【离会确认】所列安排。");
        return Rerecorded.all(intake, done, replaced, asked, text, line.toString());
    }
}
