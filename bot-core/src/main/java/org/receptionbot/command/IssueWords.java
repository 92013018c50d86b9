package org.receptionbot.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinator's plain words about an issue by its number: "3号问题已办结，队员已送医院" is
 * {@code /done 3 队员已送医院}; "问题3收到 在处理", "2号问题收到 已派医生过去了" (收到 with any words, the
 * words its note) and "1号问题已通知酒店" (a step taken: 已派, 已通知, 已安排, 已联系) are {@code /ack}. Words naming
 * no issue number, or neither a resolution nor an acknowledgement, are not these commands.
 */
final class IssueWords {
    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,4})\\s*号问题|问题\\s*#?\\s*(\\d{1,4})(?![\\d个人位名间])|#\\s*(\\d{1,4})");
    private static final Pattern DONE =
            Pattern.compile("已经?办结|办结了?|已经?解决|解决了|已经?处理(?:好|完)?了?|处理(?:好|完)了|搞定了?|已经?修(?:好|复)了?|修(?:好|复)了");
    private static final Pattern ACK =
            Pattern.compile("^收到|收到[，,\\s]*(?:正在|在)处理|正在处理|在处理|已经?(?:安排|派|通知|联系)|(?:安排|派|通知|联系)了");
    private static final Pattern ACK_WORDS = Pattern.compile("^收到|正在处理|在处理");
    private static final String EDGES = "^[\\s，,。.：:；;、！!]+|[\\s，,。.：:；;、！!]+$";

    private IssueWords() {}

    /** The command these words mean, or null. */
    static Command read(String text) {
        Matcher n = NUMBER.matcher(text);
        if (!n.find()) return null;
        int number = Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2) != null ? n.group(2) : n.group(3));
        String rest = (text.substring(0, n.start()) + " " + text.substring(n.end())).strip();
        Matcher done = DONE.matcher(rest);
        if (done.find()) return new Command.Done(number, note(rest, done));
        String said = rest.replaceAll(EDGES, "");
        if (ACK.matcher(said).find())
            return new Command.Ack(number, note(ACK_WORDS.matcher(said).replaceAll(" ")));
        return null;
    }

    /** What is said besides the number and the resolution word, or null. */
    private static String note(String rest, Matcher word) {
        return note(rest.substring(0, word.start()) + "，" + rest.substring(word.end()));
    }

    private static String note(String said) {
        String note = said.replaceAll(EDGES, "").replaceAll("[\\s，,]{2,}", "，");
        return note.isBlank() ? null : note;
    }
}
