package org.receptionbot.command;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A vehicle's card asked inside a longer question ("车已经到楼下了吗 3号车师傅电话多少", "你好 5号车司机是谁"):
 * one clause asks for a bus's driver, phone, place or liaison as {@link CommandParser} reads it alone, and every
 * other clause is a question or a courtesy with no figure. A clause that says something (车还没来, 实到40人) may be
 * a report or a problem, so such a message is left to the parser.
 */
final class CarInQuestion {
    private static final Pattern CLAUSES = Pattern.compile("[\\s，,。；;！!]+|(?<=[？?])");
    /** What is asked of the bus: a person, a phone, where it is. */
    private static final Pattern ASKS = Pattern.compile("司机|师傅|电话|手机|联系方式|在哪|谁");

    private static final Pattern ASIDE =
            Pattern.compile("[^0-9０-９两三四五六七八九十]*(?:吗|呢|没|没有|么|[？?])|你好|您好|请问|麻烦(?:一下|问下)?|谢谢|辛苦了?"
                    + "|我(?:要|想)?(?:联系|打个?电话问问?)(?:一下)?|急|在线等");

    private CarInQuestion() {}

    /**
     * The card the one asking clause gives, read by {@code car} (the whole-message reading of a bus question);
     * null when the text is not such a question.
     */
    static Command read(String text, Function<String, Command> car) {
        List<String> clauses = List.of(CLAUSES.split(text.strip()));
        if (clauses.size() < 2) return null;
        Command found = null;
        for (String clause : clauses) {
            if (clause.isEmpty()) continue;
            Command c = ASKS.matcher(clause).find() ? car.apply(clause) : null;
            if (c != null && found == null) found = c;
            else if (c != null || !ASIDE.matcher(clause).matches()) return null;
        }
        return found;
    }
}
