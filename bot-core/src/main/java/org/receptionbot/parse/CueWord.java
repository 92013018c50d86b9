package org.receptionbot.parse;

/**
 * A cue word with its guards: characters that must not come right before it ({@code notAfter}), texts
 * that must not follow it ({@code notBefore}), and {@code onlyBefore}, the characters one of which must
 * follow (the end of the text too, unless {@code followed}).
 */
record CueWord(String text, Cue cue, String notAfter, String[] notBefore, String onlyBefore, boolean followed) {

    /** Whether the word, found at {@code at}, counts there. */
    boolean allowed(String text, int at) {
        if (at > 0 && notAfter.indexOf(text.charAt(at - 1)) >= 0) return false;
        int end = at + this.text.length();
        for (String s : notBefore) if (text.startsWith(s, end)) return false;
        if (onlyBefore == null) return true;
        if (end == text.length()) return !followed;
        return onlyBefore.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * 走 on the way to somewhere or with a meal taken along (早饭带着走), 到 in a span of hours (9点到11点) and 到 as a
     * verb's complement (吵到半夜) are no movement, nor is a bare 回 after 才/全/都 (晚上9点才回) or counting times (这回), nor is 到 after 退房
     * (延迟退房到4点); 包 in 打个包 is packing, no bag.
     */
    boolean excluded(String text, int at) {
        if (cue == Cue.DEPART && this.text.equals("走"))
            return VerbNoMovement.walkingTo(text, at) || MealTakenAlong.carried(text, at);
        if (cue == Cue.DEPART && this.text.equals("回")) return VerbNoMovement.comingBack(text, at);
        if (cue == Cue.DEPART && this.text.equals("回家")) return VerbNoMovement.homeForMealOrNight(text, at);
        if (cue == Cue.TOPIC_OTHER && this.text.equals("包")) return text.startsWith("打个", at - 2);
        if (cue == Cue.ARRIVE && this.text.equals("到"))
            return VerbNoMovement.timeSpan(text, at)
                    || VerbNoMovement.complement(text, at)
                    || VerbNoMovement.checkOutUntil(text, at)
                    || BackFromOutingArrives.backAt(text, at);
        return false;
    }
}
