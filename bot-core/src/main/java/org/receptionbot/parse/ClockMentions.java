package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day: 14:30, 三点半, 9点15分, and the parts of the day (上午, 傍晚). */
final class ClockMentions {
    private static final String CN = "零〇一二两三四五六七八九十";
    private static final Pattern HHMM = Pattern.compile("(?<![\\d/.])([01]?\\d|2[0-4])[:：]([0-5]\\d)(?!\\d)");
    private static final WordList PARTS = new WordList(
            "一大早", "一早", "大清早", "清早", "早上", "早晨", "清晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间", "晚间", "凌晨", "半夜");
    /**
     * The minutes of a clock never run into a flight code or a vehicle's number (8点15 yes, 8点MU5101 and
     * 下午2点 2号车 no). A space after the minutes is the clock's only before 分, so it can still end a
     * statement ("8点15 剩下3个下午走").
     */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}|[" + CN
            + "]{1,3}) ?[点时](?: ?(半|一刻|三刻|整|(\\d{1,2}(?![\\dA-Z号车辆])|[" + CN + "]{1,3}(?![" + CN + "号车辆]))(?: ?分)?))?");

    private static final String NOT_BEFORE_ONE_O_CLOCK = "快早晚多少慢好有差大小高低轻重近远这那";

    private ClockMentions() {}

    static void digital(Spans s) {
        s.find(HHMM, m -> clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m));
    }

    static void parts(Spans s) {
        if (!Spans.contains(s.text, "上午晚晨间里夜早")) return;
        s.findWords(PARTS, (w, start, end, out) -> out.add(new Mention.Part(DayPart.of(w), start, end)));
    }

    static void spoken(Spans s) {
        // The hour word ends at most 4 characters after the clock's start: "十二 点".
        if (Spans.contains(s.text, "点时")) s.findNear(CLOCK, "点时", 4, m -> spokenClock(s.text, m));
    }

    private static Mention clock(int hour, int minute, Matcher m) {
        return hour > 24 || minute > 59 ? null : new Mention.Clock(hour, minute, m.start(), m.end());
    }

    private static Mention spokenClock(String text, Matcher m) {
        String h = m.group(1);
        if (h.equals("一") && m.start() > 0 && NOT_BEFORE_ONE_O_CLOCK.indexOf(text.charAt(m.start() - 1)) >= 0) {
            return null;
        }
        if (aLittleLate(text, m)) return null;
        int hour = ChineseNumerals.value(h);
        String tail = m.group(2);
        if (peopleAfter(text, m)) {
            // 9点15人: the figure after the hour counts people
            int end = m.start(m.group(2) != null ? 2 : 0);
            return hour < 0 || hour > 24 ? null : new Mention.Clock(hour, 0, m.start(), end);
        }
        if (loneWordMinute(text, m))
            return hour < 0 || hour > 24 ? null : new Mention.Clock(hour, 0, m.start(), m.start(2));
        int minute = tail == null || tail.equals("整")
                ? 0
                : switch (tail) {
                    case "半" -> 30;
                    case "一刻" -> 15;
                    case "三刻" -> 45;
                    default -> ChineseNumerals.value(m.group(3));
                };
        return hour < 0 || minute < 0 ? null : clock(hour, minute, m);
    }

    /**
     * "航班延误了一点", "晚了一点 不好意思": 一点 after a delay said done (误/晚/迟/慢 then 了) is "a little", no one
     * o'clock; with minutes ("晚了一点半") it stays a clock.
     */
    private static boolean aLittleLate(String text, Matcher m) {
        int at = m.start();
        return m.group(1).equals("一")
                && (m.group(2) == null || peopleAfter(text, m))
                && at > 1
                && text.charAt(at - 1) == '了'
                && "误晚迟慢耽搁".indexOf(text.charAt(at - 2)) >= 0;
    }

    /** "一点 4个人": the figure after the hour counts people. */
    private static boolean peopleAfter(String text, Matcher m) {
        return m.group(3) != null
                && !m.group().endsWith("分")
                && m.end() < text.length()
                && "人位名个".indexOf(text.charAt(m.end())) >= 0;
    }

    /** 4点一起到, 3点三个人: one Chinese numeral after the hour with no 分 and a word after it is no minute. */
    private static boolean loneWordMinute(String text, Matcher m) {
        String minute = m.group(3);
        if (minute == null
                || minute.length() != 1
                || Character.isDigit(minute.charAt(0))
                || m.group().endsWith("分")) return false;
        return m.end() < text.length() && Character.isLetter(text.charAt(m.end()));
    }
}
