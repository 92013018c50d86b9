package org.receptionbot.conversation;

import java.util.regex.Pattern;
import org.receptionbot.parse.UnitFigures;

/**
 * Room numbers said in a message ("1206和1208房间", "1206房", "房间1206", "住在306号房"): never a figure of diners, so every
 * step that reads a figure from the words reads them with the room numbers taken out. A room number is 3 or 4 digits
 * before 房间, 房 or 号房 (several joined by 和, 、 or 跟), or after 房间 or 房号; digits said with a unit of people
 * ("1206人") stay a figure.
 */
final class RoomNumbers {
    private static final String NUMBER = "\\d{3,4}(?!\\d)";
    private static final String NOT_PEOPLE = "(?!\\s*(?:个人|人|个|位|名|份))";
    private static final Pattern BEFORE =
            Pattern.compile("(?<!\\d)" + NUMBER + "(?:\\s*(?:和|、|跟|与|及|,|，|/)\\s*" + NUMBER + ")*\\s*号?(?:房间|房)");
    private static final Pattern AFTER = Pattern.compile("(?:房间|房号)\\s*(?:号|是|为|在)?\\s*" + NUMBER + NOT_PEOPLE);

    private RoomNumbers() {}

    /**
     * {@code text} with each room number put as 某 (the words around it kept: "某和某房间"), and each figure of a unit
     * that counts no people ({@link UnitFigures}: "5楼", "晚了20分钟").
     */
    static String blank(String text) {
        String t = BEFORE.matcher(UnitFigures.blank(text))
                .replaceAll(m -> m.group().replaceAll("\\d+", "某"));
        return AFTER.matcher(t).replaceAll(m -> m.group().replaceAll("\\d+", "某"));
    }
}
