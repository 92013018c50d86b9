package org.receptionbot.command;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bus's head count asked in plain words ("2号车实到多少", "3号车清点了几个人", "5号车上了多少人？", "2号车现在几个人"):
 * the vehicle, and a count word or a person's unit with 多少 / 几. A figure said ("2号车实到30人") is a report, and
 * a question of the driver, the seats or where the bus is ("2号车司机电话多少", "2号车多少座") is not this one.
 */
final class VehicleCountQuestion {
    private static final Pattern ASKED = Pattern.compile("(\\d{1,3})\\s*号?\\s*(?:车|大巴)(?:今天|现在|刚才|目前)?"
            + "(?:(?:实到|清点|上车|车上)了?(?:多少|几)(?:个人|个|人|位)?"
            + "|(?:上|里|车上)?(?:有|坐了|上了|到了)?(?:多少|几)(?:个人|人|位))"
            + "(?:了|啊|呀|呢)?\\s*[？?]*");

    private VehicleCountQuestion() {}

    /** The question of the vehicle's count today, or null when the text is not one. */
    static Command read(String text, LocalDate today) {
        Matcher m = ASKED.matcher(text.strip());
        return m.matches() ? new Command.VehicleCount(m.group(1), today) : null;
    }
}
