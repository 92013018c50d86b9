package org.receptionbot.conversation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.ledger.IssueTicket;

/**
 * Figures in words about a problem that are no count of people or meals: a vehicle (6号车), a room (812, 3楼), a
 * time (5点50, 8:30, 10分钟), a train (G1272), a phone number, a temperature (39度). Words whose every figure is such
 * one may be a step or news on an issue; a figure of any other kind (33个, 晚上40, 少3) may be a count, left to the
 * parser.
 */
final class PlaceFigures {
    private static final Pattern RUN = Pattern.compile("[0-9０-９]+");
    /** What may follow a figure that is no count: 号, a time unit, a floor or room word, a temperature. */
    private static final Pattern AFTER = Pattern.compile("\\s*(?:号(?!问题)|点|时|分|[:：]|度|房|楼|层|栋|室|床|路|辆|次|块钱|元)");
    /** Minutes after 点 or a colon, a train or flight code before. */
    private static final Pattern BEFORE = Pattern.compile("(?:点|[:：.．]|[A-Za-zＡ-Ｚａ-ｚ])$");
    /** A count's unit after a figure, or a meal before it: a count, whatever its length. */
    private static final Pattern COUNT_AFTER = Pattern.compile("\\s*(?:个|人|位|名|份|桌|间|张|盒|箱|瓶)");

    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:早|午|晚|中午|上|饭|餐|宵夜|夜宵|少|多|加|减|共|到|问题)\\s*$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("[#＃]");

    private PlaceFigures() {}

    /** Whether {@code text} has no # and each figure in it is a place, time, vehicle, phone or temperature. */
    static boolean only(String text) {
        if (ISSUE_NUMBER.matcher(text).find()) return false;
        Matcher m = RUN.matcher(text);
        while (m.find()) if (!place(text, m.start(), m.end())) return false;
        return true;
    }

    /** The room-like figures of {@code text}: runs of three to five digits that are no time, train or count. */
    static Set<String> rooms(String text) {
        Set<String> rooms = new LinkedHashSet<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int length = m.end() - m.start();
            String before = text.substring(0, m.start());
            String after = text.substring(m.end());
            if (length < 3 || length > 5 || BEFORE.matcher(before).find()) continue;
            if (COUNT_AFTER.matcher(after).lookingAt() || after.matches("(?s)\\s*(?:点|时|分|[:：]|度|号车|辆).*")) continue;
            rooms.add(ascii(m.group()));
        }
        return rooms;
    }

    /**
     * The rooms and vehicles {@code text} names as the ledger matches a follow-up to its issue: runs of three digits
     * or more, or digits before 号, 车, 房, 室.
     */
    static Set<String> places(String text) {
        Set<String> places = new LinkedHashSet<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            boolean marked = m.end() < text.length() && "号车房室".indexOf(text.charAt(m.end())) >= 0;
            if (m.end() - m.start() >= 3 || marked) places.add(ascii(m.group()));
        }
        return places;
    }

    /** The rooms and vehicles ({@link #places(String)}) an issue's report and follow-ups name. */
    static Set<String> places(IssueTicket t) {
        Set<String> places = places(t.issue().text());
        t.followUps().forEach(f -> places.addAll(places(f.issue().text())));
        return places;
    }

    private static boolean place(String text, int start, int end) {
        String before = text.substring(0, start);
        String after = text.substring(end);
        if (COUNT_AFTER.matcher(after).lookingAt()) return false;
        if (BEFORE.matcher(before).find()) return true;
        if (AFTER.matcher(after).lookingAt()) return true;
        return end - start >= 3 && !COUNT_BEFORE.matcher(before).find();
    }

    private static String ascii(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) s.append(c >= '０' ? (char) (c - '０' + '0') : c);
        return s.toString();
    }
}
