package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "安徽的 今晚 呃 二十七个 有两个发烧在房间休息": a problem filed beside other records keeps as its text its own
 * statement, without the statements the other records were read from and without fillers (嗯, 呃, 哈, a
 * leading 那个), so the coordinators read "有两个发烧在房间休息". A message that is the problem alone keeps its
 * words as they were sent.
 */
final class IssueTexts {
    /** Words that only fill a pause, dropped when they stand alone between spaces or open the text. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern ROOM_NUMBER = Pattern.compile("[0-9]{3,4}");
    private static final String[] FILLERS = {"那个", "这个", "就是", "然后", "嗯嗯", "嗯", "呃", "额", "哈", "啊", "哦", "噢", "诶", "欸"};
    /** Characters a stretch left over may start or end with that say nothing. */
    private static final String LOOSE = " ，,。.、；;：:~～！!…";

    /** What a figure standing alone is made of: numerals, then a unit. */
    private static final String NUMERALS = "零一二两三四五六七八九十";

    private static final String UNITS = "个人位名";

    private IssueTexts() {}

    /** Gives each issue its own words, when other records of the message were read beside it. */
    static void own(List<Draft> drafts) {
        for (Draft issue : drafts) {
            if (issue.kind != Draft.Kind.ISSUE) continue;
            boolean others = false;
            for (Draft d : drafts)
                if (d.kind != Draft.Kind.ISSUE && !d.statement.isEmpty() && issue.statement.contains(d.statement))
                    others = true;
            if (!others) continue;
            // 7. 西藏 28个 2个发烧在房间: in a list, the remark is of its own line, not of the header above it.
            String rest = ownLine(issue, drafts);
            for (Draft d : drafts) {
                if (d.kind == Draft.Kind.ISSUE || d.statement.isEmpty()) continue;
                int at = rest.indexOf(d.statement);
                if (at < 0) continue;
                rest = rest.substring(0, at) + " " + rest.substring(at + d.statement.length());
            }
            String own = withoutFigures(tidy(rest));
            // 广西3个百色的 有1个去不了了 身体不舒服: the drop-out's statement took the problem with it; the
            // clause that says the problem is then the text.
            String point = issue.point == null ? "" : withoutFigures(tidy(issue.point));
            if (!own.contains(point)) own = point;
            if (hanCount(own) >= 4) issue.text = own;
        }
    }

    /**
     * In a message of several lines, the issue's own clause to the end of its line when that line's own report
     * is before it (a list line: its delegation and figure are read apart); the whole message otherwise.
     */
    private static String ownLine(Draft issue, List<Draft> drafts) {
        String all = issue.statement;
        if (all.indexOf('\n') < 0 || issue.point == null || issue.point.isBlank()) return all;
        String point = issue.point.strip();
        for (String line : all.split("\n")) {
            int at = line.indexOf(point);
            if (at <= 0) continue;
            // 7. 西藏 28个 2个发烧在房间: from the remark on, when the line's own report is before it.
            String before = line.substring(0, at);
            for (Draft d : drafts)
                if (d.kind != Draft.Kind.ISSUE && !d.statement.isEmpty() && before.contains(d.statement))
                    return line.substring(at);
        }
        return all;
    }

    /**
     * "有一个身体不舒服不去了 5个": the words without a figure left standing alone (the route's, read elsewhere).
     * A room number standing alone ("卫生间漏水了 1205") is no figure: maintenance needs it, so it stays.
     */
    private static String withoutFigures(String s) {
        StringBuilder out = new StringBuilder();
        for (String token : s.split(" ")) {
            if (token.isEmpty() || bareFigure(token) && !room(token)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(token);
        }
        return out.toString();
    }

    /** Three or four digits with no unit: a room's number (305, 1205), never a headcount of a delegation. */
    private static boolean room(String token) {
        return ROOM_NUMBER.matcher(token).matches();
    }

    private static boolean bareFigure(String token) {
        int i = 0;
        while (i < token.length() && (Character.isDigit(token.charAt(i)) || NUMERALS.indexOf(token.charAt(i)) >= 0))
            i++;
        if (i == 0) return false;
        while (i < token.length() && UNITS.indexOf(token.charAt(i)) >= 0) i++;
        return i == token.length();
    }

    /** The words without fillers standing alone, and without loose punctuation at either end. */
    static String tidy(String s) {
        StringBuilder out = new StringBuilder();
        for (String token : SPACES.split(s.strip())) {
            String t = token;
            boolean dropped = true;
            while (dropped && !t.isEmpty()) {
                dropped = false;
                for (String f : FILLERS) {
                    if (t.equals(f)) {
                        t = "";
                        break;
                    }
                    // 嗯45个, 哈那个: a pause sound at the start of a word.
                    if (f.length() == 1 && t.startsWith(f) && "嗯呃额哦噢诶欸".contains(f)) {
                        t = t.substring(1);
                        dropped = true;
                    }
                }
            }
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(t);
        }
        int a = 0;
        int b = out.length();
        while (a < b && LOOSE.indexOf(out.charAt(a)) >= 0) a++;
        while (b > a && LOOSE.indexOf(out.charAt(b - 1)) >= 0) b--;
        return out.substring(a, b);
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Normalizer.isHan(s.charAt(i))) n++;
        return n;
    }
}
