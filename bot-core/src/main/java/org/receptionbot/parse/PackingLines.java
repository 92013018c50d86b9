package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;

/**
 * The packing lines of a list of teams' figures, one a line (a 接龙: "2. 海南 打包20份 其余在赛场吃", "3. 广东 37 其中5个
 * 打包"), for the conversation's packed orders: each line that speaks of packing and names one team, its words without
 * the list's number. The list's header ("10点前接龙") and the other lines are none of them.
 */
public final class PackingLines {
    /** A list line's number: "3. ", "3、", "3）". */
    private static final Pattern NUMBERED = Pattern.compile("^[0-9]{1,3}\\s*[.、．)）]\\s*");

    /**
     * A packing line.
     *
     * @param said the line's words without its number
     * @param delegation the one team it names
     */
    public record Line(String said, String delegation) {}

    private PackingLines() {}

    /** Whether {@code text} is a list of several lines with a packing in one of them. */
    public static boolean list(String text) {
        return text.strip().contains("\n") && text.contains("打包");
    }

    /** The lines of {@code text} that speak of packing and name one of {@code event}'s teams, in order. */
    public static List<Line> of(String text, Event event) {
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.contains("打包")) continue;
            List<String> named = event.delegations().stream()
                    .filter(d -> d.words().stream().anyMatch(line::contains))
                    .map(Delegation::id)
                    .toList();
            if (named.size() == 1)
                lines.add(new Line(NUMBERED.matcher(line.strip()).replaceFirst(""), named.get(0)));
        }
        return lines;
    }
}
