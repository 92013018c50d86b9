package org.receptionbot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue numbers said together around one clear issue number: "6号7号问题", "3号 7号问题", "3、7号问题", "3号和7号问题",
 * "#3 #7", "问题3、5". A number beside it is one more issue when it carries 号 or #, or (two digits at most) is joined by
 * 、, 和, 跟, 与 or 及; a vehicle, room, time, count or date ("5号车", "1205房间", "12点", "2个", "12月3号") is not one.
 */
final class IssueNumbers {
    private static final String JOIN = "(?:[、，,和跟与及]|还有)";
    private static final String NOT_ISSUE = "(?![\\d０-９号车房楼层床线门桌厅位个人名间点时月日:：.．])";
    private static final Pattern LEFT =
            Pattern.compile("([#＃]\\s*+)?(\\d{1,4}+)\\s*+(号(?!车|房|楼))?\\s*+(" + JOIN + ")?\\s*+$");
    private static final Pattern RIGHT =
            Pattern.compile("^\\s*+(" + JOIN + ")?\\s*+([#＃]\\s*+)?(\\d{1,4}+)\\s*+(号问题|号|问题)?" + NOT_ISSUE);
    private static final Pattern BEFORE_NUMBER = Pattern.compile("[\\d０-９月年第点.．:：/-]$");

    private IssueNumbers() {}

    /**
     * The run of issue numbers around the one at {@code start}..{@code end}, in the order said, without repeats.
     *
     * @param number the issue number said there
     */
    static Run around(String text, int start, int end, int number) {
        List<Integer> before = new ArrayList<>();
        int from = start;
        while (true) {
            Matcher m = LEFT.matcher(text.substring(0, from));
            if (!m.find() || !marked(m.group(1), m.group(3), m.group(4), m.group(2))) break;
            if (BEFORE_NUMBER.matcher(text.substring(0, m.start())).find()) break;
            before.add(0, Integer.valueOf(m.group(2)));
            from = m.start();
        }
        List<Integer> numbers = new ArrayList<>(before);
        numbers.add(number);
        int to = end;
        while (true) {
            Matcher m = RIGHT.matcher(text.substring(to));
            if (!m.find() || !marked(m.group(2), m.group(4), m.group(1), m.group(3))) break;
            numbers.add(Integer.valueOf(m.group(3)));
            to += m.end();
        }
        return new Run(from, to, numbers.stream().distinct().toList());
    }

    /** A number beside the clear one is an issue's when marked by # or 号, or joined by a word and short. */
    private static boolean marked(String hash, String mark, String join, String digits) {
        return hash != null || mark != null || join != null && digits.length() <= 2;
    }

    /**
     * @param start where the run begins in the text
     * @param end where it ends
     * @param numbers the issue numbers, in the order said
     */
    record Run(int start, int end, List<Integer> numbers) {}
}
