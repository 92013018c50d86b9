package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "北京还有2个在退房 马上下来 车等一下": the few of a delegation still checking out while the others wait at the bus are
 * late for it, not leaving the event on a day of their own; their check-out is no departure and asks nothing
 * (a message that gives no record besides is talk: {@link WholeMessageTalk}).
 */
final class StillCheckingOut {
    /** 还有2个在退房, 还有两个人还在退房, 还有个队员正在退房: some more people, then a check-out going on. */
    private static final Pattern STILL =
            Pattern.compile("还有\\s*[0-9一二两三四五六七八九十几个]{0,3}\\s*(?:个|位|名)?(?:人|队员|同志|老师|领导)?\\s*(?:还)?(?:正)?在(?:办)?退房");

    private StillCheckingOut() {}

    /** Whether {@code statement} says some people are still checking out (还有2个在退房). */
    static boolean few(String statement) {
        return STILL.matcher(statement).find();
    }
}
