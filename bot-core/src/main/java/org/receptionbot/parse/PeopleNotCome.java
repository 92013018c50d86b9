package org.receptionbot.parse;

/**
 * "土家山寨这边说一下 海南团还没来 菜已经上了", "早餐快结束了 宁夏的还没来": a delegation or its people not come yet is
 * people late, told by those who wait for them; with no other problem word in the statement, nothing is wrong with
 * the meal, the room or the vehicle named beside them ("湖南的车还没来" stays the vehicle's problem).
 */
final class PeopleNotCome {
    private static final String[] NOT_COME = {"还没有回来", "还没回来", "还没有来", "还没有到", "还没来", "还没到", "没来", "没到", "未到"};
    /** What may follow the delegation before 还没来: its people (的人, 队员) or 都/也. */
    private static final String[] PEOPLE = {
        "代表团", "代表队", "线", "的队员", "的代表", "的同志", "的人", "队员", "代表", "团", "队", "的", "人", "都", "也"
    };

    private PeopleNotCome() {}

    /** Whether every problem word of the clause says a delegation's people have not come yet. */
    static boolean only(Clause c) {
        if (!c.has(Cue.PROBLEM) || c.has(Cue.BROKEN)) return false;
        boolean[] problem = new boolean[c.end - c.start];
        c.cues.cover(Cue.PROBLEM, problem, "", "");
        boolean[] late = new boolean[problem.length];
        boolean any = false;
        // 柳州线的还没回来: a route's people not back from the visit yet.
        java.util.List<Integer> groups = new java.util.ArrayList<>();
        for (Mention.Team t : c.all(Mention.Team.class)) groups.add(t.end());
        for (Mention.Route r : c.all(Mention.Route.class)) groups.add(r.end());
        for (int end : groups) {
            int at = afterPeople(c, end);
            for (String w : NOT_COME)
                if (c.text.startsWith(w, at) && at + w.length() <= c.end) {
                    for (int i = at; i < at + w.length(); i++) late[i - c.start] = true;
                    any = true;
                    break;
                }
        }
        if (!any) return false;
        for (int i = 0; i < problem.length; i++) if (problem[i] && !late[i]) return false;
        return true;
    }

    /** Past the people words after the delegation (海南团, 贵州的人, 广西的队员都). */
    private static int afterPeople(Clause c, int at) {
        for (boolean found = true; found; ) {
            found = false;
            for (String w : PEOPLE)
                if (c.text.startsWith(w, at)) {
                    at += w.length();
                    found = true;
                    break;
                }
        }
        return at;
    }
}
