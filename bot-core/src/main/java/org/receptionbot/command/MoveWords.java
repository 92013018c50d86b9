package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day's arrivals and departures asked in plain words, as {@code /moves} of that day: "查看到达", "看一下今天到达",
 * "今天谁到", "明天谁走", "到达情况", "明天离开名单". Only these whole phrases (with at most a day and a question mark) are
 * read, so a report ("湖南今天到达", "今天到达32人") or talk around them goes to the parser: a bare move word needs a
 * word of looking before it (查看, 看一下) or of listing after it (情况, 名单), or 谁 as its subject.
 */
final class MoveWords {
    private static final String DAY = "(今天|今日|明天|明日|后天|昨天|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])?";
    private static final String LOOK = "(?:查看|查看一下|看一下|看下|看看|查一下|查下|查查)";
    private static final String MOVE = "(?:到达|抵达|离开|离会|返程|抵离|报到)";
    private static final String LISTED = "(?:情况|名单|动态|安排)";
    private static final String WHO = "谁(?:要|会)?(?:到|来|走|离开|到达|抵达|离会|返程|报到)了?";
    private static final String ASKED = "[？?]?";

    /** The phrases, each with the day as its first group. */
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile(LOOK + DAY + "的?" + MOVE + LISTED + "?" + ASKED),
            Pattern.compile(LOOK + DAY + "的?(?:抵离)?动态" + ASKED),
            Pattern.compile(DAY + "的?" + MOVE + LISTED + ASKED),
            Pattern.compile(LOOK + "?" + DAY + "(?:有)?" + WHO + ASKED));

    /**
     * Who has not arrived yet: "还有谁没到", "今天还有哪些团没到", "哪几个团还没来", "还有哪个代表团没到的"; the day first. A
     * team named, a figure or any other word makes it no question.
     */
    private static final Pattern NOT_YET = Pattern.compile("(?:请问|问一下)?" + DAY + "(?:还有|还)?(?:谁|哪些|哪几个|哪个|几个)"
            + "(?:代表团|团|队)?(?:还|都)?(?:没有?|未)(?:到|来|到达|抵达|报到)(?:的|呢|啊)?(?:代表团|团)?(?:呢|啊)?[？?]?");

    /** Words of arriving (到, 来, 到达, 抵达, 报到) and of leaving (走, 离开, 离会, 返程). */
    private static final Pattern ARRIVING = Pattern.compile("到|来|抵达");

    private static final Pattern LEAVING = Pattern.compile("走|离|返程");

    private MoveWords() {}

    /** Which movements the words ask about: arrivals alone ("查看到达", "今天谁到"), departures alone, or both ("抵离动态"). */
    static Command.Moves.Side side(String text) {
        if (text.contains("抵离") || text.contains("动态")) return Command.Moves.Side.BOTH;
        boolean arriving = ARRIVING.matcher(text).find();
        boolean leaving = LEAVING.matcher(text).find();
        if (arriving == leaving) return Command.Moves.Side.BOTH;
        return arriving ? Command.Moves.Side.ARRIVALS : Command.Moves.Side.DEPARTURES;
    }

    /** The {@code /moves} the text asks for, or empty when it is none of the phrases or names no day. */
    static Optional<Command> read(String text, LocalDate today) {
        Matcher not = NOT_YET.matcher(text);
        if (not.matches()) {
            Command.Moves.Side side = Command.Moves.Side.NOT_ARRIVED;
            if (not.group(1) == null) return Optional.of(new Command.Moves(today, side));
            return DateWords.read(not.group(1), today).map(d -> new Command.Moves(d, side));
        }
        for (Pattern p : PHRASES) {
            Matcher m = p.matcher(text);
            if (!m.matches()) continue;
            Command.Moves.Side side = side(text);
            if (m.group(1) == null) return Optional.of(new Command.Moves(today, side));
            return DateWords.read(m.group(1), today).map(d -> new Command.Moves(d, side));
        }
        return Optional.empty();
    }
}
