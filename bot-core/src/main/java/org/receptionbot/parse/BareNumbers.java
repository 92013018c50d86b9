package org.receptionbot.parse;

/**
 * Numbers of one to four digits standing alone (报35, 湖南 28), read last. A hand-written scanner that
 * finds what {@code (?<![\d./A-Z第])(?<!\d:)\d{1,4}(?![\d:/A-Z点])} finds: a whole run of digits, not after
 * a letter, a dot, a slash, 第 or a clock's colon, and not before a colon, a slash, a letter or 点 (a
 * number before 点 is an hour, even when no clock could be read around it), nor before 度 or ℃ (a temperature) or
 * another unit of measure ({@link UnitFigures}: 晚了20分钟, 50块).
 */
final class BareNumbers {

    private BareNumbers() {}

    static void scan(Spans s) {
        String text = s.text;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isDigit(text.charAt(end))) end++;
            if (end - i <= 4 && standsAlone(text, i, end) && s.free(i, end) && !notPeople(text, i, end)) {
                s.add(new Mention.Count(Integer.parseInt(text.substring(i, end)), false, i, end));
            }
            i = end;
        }
    }

    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (".第/".indexOf(before) >= 0 || before >= 'A' && before <= 'Z') return false;
            if (before == ':' && start > 1 && isDigit(text.charAt(start - 2))) return false;
        }
        if (end == text.length()) return true;
        char after = text.charAt(end);
        // 降到零下5度, 38℃: a temperature counts no one.
        if (after == '度' || after == '℃') return false;
        return after != ':' && after != '/' && after != '点' && (after < 'A' || after > 'Z');
    }

    /** A list item's number, a figure of groups (31个团, 代表团共9个) or of a unit of measure (20分钟, 50块). */
    private static boolean notPeople(String text, int start, int end) {
        return itemNumber(text, start, end)
                || UnitFigures.unitAfter(text, end)
                || FigureMentions.unitsCounted(text, end)
                || FigureMentions.groupsTallied(text, start);
    }

    /** "1 湖北 加5", "2. 云南 不要": the number that opens a line of a list numbers the item. */
    private static boolean itemNumber(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) != '\n') return false;
        return end < text.length() && " .、)）".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
