package org.receptionbot.parse;

/**
 * "有一个处长下午要回厅里开视频会", "有个科长下午回单位开会", "一位副处长下午3点要回办公室处理文件": going back to one's own office
 * for a piece of work, said beside a route's sign-up, is why that person does not go on the route; they stay at the
 * event and leave nothing to record, whatever part of the day or hour is said.
 */
final class OfficeErrand {
    /** One's own office, right after 回 (or 回到). */
    private static final String[] OFFICES = {"厅里", "单位", "办公室", "处里", "局里", "委里", "部里", "院里", "所里", "机关", "厅"};

    /** Work done there: a meeting, a matter to handle. */
    private static final String[] WORK = {"会", "办事", "处理", "上班", "值班", "汇报", "加班", "材料", "文件"};

    /** Said right before 回, a journey back (赶回, 飞回, 返回). */
    private static final String JOURNEY = "赶飞返";

    private OfficeErrand() {}

    /**
     * "北海线我们去5个 | 有一个处长下午要回厅里开视频会": the departure {@code c} says right after a route's sign-up or
     * change is an office errand with no day or train of its own: the reason someone stays off the route, no movement.
     */
    static boolean besideSignUp(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.VISIT && last.kind != Draft.Kind.VISIT_CHANGE) return false;
        int verb = c.at(Cue.DEPART);
        return at(c, verb)
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
    }

    /** Whether the 回 at {@code back} of {@code c} goes to one's office for work said after it in the clause. */
    static boolean at(Clause c, int back) {
        if (back < c.start || back >= c.end || c.text.charAt(back) != '回') return false;
        // 有个司长下午要赶回部里开会: hurrying or flying back is a journey, leaving the event.
        if (back > 0 && JOURNEY.indexOf(c.text.charAt(back - 1)) >= 0) return false;
        int at = back + 1;
        if (c.text.startsWith("到", at)) at++;
        for (String office : OFFICES) {
            if (!c.text.startsWith(office, at)) continue;
            String rest = c.text.substring(at + office.length(), c.end);
            for (String w : WORK) if (rest.contains(w)) return true;
            return false;
        }
        return false;
    }
}
