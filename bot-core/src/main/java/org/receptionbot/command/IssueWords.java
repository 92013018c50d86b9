package org.receptionbot.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinator's plain words about an issue by its number: "3号问题已办结，队员已送医院" is
 * {@code /done 3 队员已送医院}; "问题3收到 在处理", "2号问题收到 已派医生过去了" (收到 with any words, the
 * words its note) and "1号问题已通知酒店", "6号问题已协调酒店 西藏可以延迟到1点退房" (a step taken: 已派, 已通知, 已安排,
 * 已联系, 已协调, 已沟通, 已对接) are {@code /ack}. Two issues said to be one matter ("2号问题和1号是一个事 1号收到 …") move
 * on the one the words name before the step, the earlier one when they name none ({@link Command.SameAs}); said with no
 * step ("15号问题和7号是一个事", "3号跟5号问题重复了 合并一下"), the later is merged into the earlier ({@link Command.Merge}). Words naming
 * no issue number, or neither a resolution nor an acknowledgement, are not these commands. Several numbers said together
 * ("6号7号问题收到", "3号 7号问题都处理好了", "#3 #7 已处理") each get the step and its note ({@link IssueNumbers}).
 */
final class IssueWords {
    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,4})\\s*号问题|问题\\s*#?\\s*(\\d{1,4})(?![\\d个人位名间])|#\\s*(\\d{1,4})");
    private static final Pattern DONE =
            Pattern.compile("已经?办结|办结了?|已经?解决|解决了|已经?处理(?:好|完)?了?|处理(?:好|完)了|搞定了?|已经?修(?:好|复)了?|修(?:好|复)了");
    private static final Pattern ACK =
            Pattern.compile("^收到|收到[，,\\s]*(?:正在|在)处理|正在处理|在处理|已经?(?:安排|派|通知|联系|协调|沟通|对接)|(?:安排|派|通知|联系|协调|沟通|对接)了");
    private static final Pattern ACK_WORDS = Pattern.compile("^收到|正在处理|在处理");
    /** Two issues said to be one matter: "2号问题和1号是一个事", "3号跟5号问题重复了". */
    private static final Pattern SAME =
            Pattern.compile("(\\d{1,4})\\s*号(?:问题)?\\s*(?:和|跟|与)\\s*(\\d{1,4})\\s*号(?:问题)?\\s*"
                    + "(?:是|说的是)?(?:一个事|一回事|一件事|同一个事|同一件事|同一个问题|同一个|重复了?|一样)");
    /** The issue a step word follows right after its number: "1号收到", "1号问题已通知". */
    private static final Pattern STEPPED = Pattern.compile("(\\d{1,4})\\s*号(?:问题)?\\s*(?=收到|正在处理|在处理|已|办结|解决|处理|搞定|修)");

    /** What may stand beside two issues said to be one matter for the later to be merged into the earlier: nothing, or a word to merge. */
    private static final Pattern MERGE_ONLY =
            Pattern.compile("[\\s，,。.！!、]*(?:(?:请|麻烦)?(?:合并|并到一起|并成一个|合成一个)(?:一下)?(?:吧)?|(?:的|了|啊|哈|吧))?[\\s，,。.！!]*");

    private static final String EDGES = "^[\\s，,。.：:；;、！!]+|[\\s，,。.：:；;、！!]+$";
    /** "都", "也", "均" left before the step word once several numbers are taken out ("3号 7号问题都处理好了"). */
    private static final Pattern BOTH = Pattern.compile("^(?:都|均|也|全都|全部|一起)");

    private IssueWords() {}

    /** The command these words mean, or null. */
    static Command read(String text) {
        Matcher same = SAME.matcher(text);
        if (same.find()) return sameMatter(same, text);
        return step(text);
    }

    /**
     * The step on the issue whose number the step word follows, the other one said to be the same matter; with no
     * number before the step word, the earlier issue (the later one repeats it).
     */
    private static Command sameMatter(Matcher same, String text) {
        int one = Integer.parseInt(same.group(1));
        int other = Integer.parseInt(same.group(2));
        String rest = (text.substring(0, same.start()) + " " + text.substring(same.end())).strip();
        Matcher stepped = STEPPED.matcher(rest);
        boolean named = stepped.find();
        int kept = named ? Integer.parseInt(stepped.group(1)) : Math.min(one, other);
        if (kept != one && kept != other) return null;
        if (named) rest = rest.substring(0, stepped.start()) + " " + rest.substring(stepped.end());
        Command step = step(kept + "号问题 " + rest);
        if (step == null && !named && MERGE_ONLY.matcher(rest).matches())
            return new Command.Merge(Math.max(one, other), Math.min(one, other), true);
        return step == null ? null : new Command.SameAs(step, kept == one ? other : one);
    }

    private static Command step(String text) {
        Matcher n = NUMBER.matcher(text);
        if (!n.find()) return null;
        int number = Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2) != null ? n.group(2) : n.group(3));
        IssueNumbers.Run run = IssueNumbers.around(text, n.start(), n.end(), number);
        String left = (text.substring(0, run.start()) + " " + text.substring(run.end())).strip();
        String rest = run.numbers().size() > 1
                ? BOTH.matcher(left.replaceAll(EDGES, "")).replaceFirst("")
                : left;
        Matcher done = DONE.matcher(rest);
        if (done.find()) return each(run.numbers(), k -> new Command.Done(k, note(rest, done)));
        String said = rest.replaceAll(EDGES, "");
        if (ACK.matcher(said).find()) {
            String note = note(ACK_WORDS.matcher(said).replaceAll(" "));
            return each(run.numbers(), k -> new Command.Ack(k, note));
        }
        return null;
    }

    /** The step on one issue, or the same step on each of several ({@link Command.Steps}). */
    private static Command each(java.util.List<Integer> numbers, java.util.function.IntFunction<Command> step) {
        if (numbers.size() == 1) return step.apply(numbers.get(0));
        return new Command.Steps(numbers.stream().map(step::apply).toList());
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
