package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;

/**
 * Reads a message that is only a time of day ({@link BareTime}), for the chat layer to complete what the
 * sender just reported. The time, its part of the day and its train or flight are the mentions the parser
 * finds; around them the message may hold only a lead-in (是, 就是, 坐, 乘, 车是, 改), 今天 or 明天 before
 * the part of the day, one verb of moving after the clock (到, 抵达, 出发, 开车, 开, 走, 离开, or 的) and a
 * word for the vehicle (车, 车次, 高铁, 航班 …): "明天下午4点的车" is one, "下午4点到3个人" and "后天下午4点"
 * are not. Thread-safe once built; build one per event.
 */
public final class BareTimes {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final char TRANSPORT = '\uE000';
    private static final char DAY = '\uE001';
    private static final char PART = '\uE002';
    private static final char CLOCK = '\uE003';
    /** The message with each mention one of the characters above and its spaces gone. */
    private static final Pattern SHAPE = Pattern.compile("(?:就是|是|坐|乘|车是|改)?" + TRANSPORT + "?(?:是|坐)?"
            + DAY + "?" + PART + "?" + CLOCK + "(?<verb>的|出发|开车|开|走|离开|到|抵达)?" + TRANSPORT
            + "?的?(?:车次|车|火车|高铁|动车|飞机|航班|班次|班|票)?[。.!~]*");
    /** Every character a message of the shape may hold before it is normalized: others fail at once. */
    private static final CharSet MAY_HOLD =
            new CharSet("0123456789:：ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz０１２３４５６７８９ \t\n\r\u3000"
                    + "零〇一二两三四五六七八九十点时半刻整分就是坐乘车改今明天凌晨早上午中下傍晚的出发开走离到抵达次火高铁动飞机航班票。.！!~～");

    private final MentionScanner scanner;

    public BareTimes(Event event) {
        this.scanner = new MentionScanner(new Lexicon(event));
    }

    /** The time {@code text} says and nothing else, if it is one; {@code today} dates 今天 and 明天. */
    public Optional<BareTime> read(String text, LocalDate today) {
        if (text == null || text.isBlank()) return Optional.empty();
        for (int i = 0; i < text.length(); i++) if (!MAY_HOLD.has(text.charAt(i))) return Optional.empty();
        String t = Normalizer.normalize(text);
        List<Mention> mentions = scanner.scan(t, today);
        StringBuilder shape = new StringBuilder();
        Mention.Part part = null;
        Mention.Clock clock = null;
        String transport = null;
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at) return Optional.empty();
            shape.append(t, at, m.start());
            at = m.end();
            if (m instanceof Mention.Transport x) {
                shape.append(TRANSPORT);
                if (transport == null) transport = x.code();
            } else if (m instanceof Mention.Day && dayWord(t.substring(m.start(), m.end()))) {
                shape.append(DAY);
            } else if (m instanceof Mention.Part p) {
                shape.append(PART);
                part = p;
            } else if (m instanceof Mention.Clock c) {
                shape.append(CLOCK);
                clock = c;
            } else return Optional.empty();
        }
        shape.append(t, at, t.length());
        Matcher m = SHAPE.matcher(SPACES.matcher(shape).replaceAll(""));
        if (!m.matches() || clock.minute() > 59) return Optional.empty();
        return Optional.of(new BareTime(
                clock.hour(),
                clock.minute(),
                part == null ? null : part.part().said(),
                transport,
                BareTime.heading(m.group("verb"))));
    }

    private static boolean dayWord(String word) {
        return word.equals("今天") || word.equals("明天");
    }
}
