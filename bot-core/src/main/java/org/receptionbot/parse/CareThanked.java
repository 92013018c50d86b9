package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "谢谢医生", "谢谢王医生🙏", "辛苦医疗组了": thanks to whoever gave the care say the health matter of the message was
 * seen to, whether it ends with the patient better (晕车的队员好了) or with the room numbers the doctor asked for
 * (3楼 308 309 谢谢医生). A matter said after the thanks reopens it (see {@link IssueRules#settled}).
 */
final class CareThanked {
    private static final Pattern THANKS =
            Pattern.compile("(?:谢谢|感谢|多谢|辛苦)(?:了|你们|您)?\\p{IsHan}?(?:医生|大夫|队医|医疗组|医务组|医务室|医护)");

    private CareThanked() {}

    static boolean said(Clause c) {
        // Every match holds 谢 (谢谢, 感谢, 多谢) or 辛 (辛苦) inside the clause: a clause with neither needs no regex.
        return !c.question
                && (c.holds("谢") || c.holds("辛"))
                && THANKS.matcher(c.text).region(c.start, c.end).find();
    }
}
