package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.IssueCategory;

/**
 * "河北队宵夜要12个 冷得睡不着 想吃点热乎的", "宵夜不要啦 天太冷都想早点睡", "娃娃些冷得起不来 中午晚上还是48":
 * feeling cold or sleepy, said beside a meal's report and naming nothing to fix (no room, fitting, fault,
 * illness or request), is why the meal is what it is; no problem of the room.
 */
final class ColdReason {
    private static final String[] FEELINGS = {"冷", "睡不着", "起不来", "想早点睡", "热乎"};

    /**
     * Things to fix or asked for, the room itself and a need among them. The general problem word is left
     * out, as the feelings are among its words (冷得, 睡不着); so are someone or something not found.
     */
    private static final CueGroups.Group TO_FIX =
            CueGroups.TO_ACT_ON.with(Cue.NEED, Cue.ROOM_ITSELF).without(Cue.MISSING, Cue.UNREACHABLE);

    private ColdReason() {}

    static void apply(List<Clause> clauses, Drafts drafts) {
        boolean meal = false;
        boolean issue = false;
        for (Draft d : drafts.since(0)) {
            meal |= d.isMeal();
            issue |= d.kind == Draft.Kind.ISSUE;
        }
        if (!meal || !issue || !feelingOnly(clauses)) return;
        drafts.dropIf(d ->
                d.kind == Draft.Kind.ISSUE && (d.category == IssueCategory.ROOM || d.category == IssueCategory.OTHER));
    }

    /** Some clause tells a feeling, and none names a thing to fix or asks anyone to act. */
    static boolean feelingOnly(List<Clause> clauses) {
        boolean felt = false;
        for (Clause c : clauses) {
            if (TO_FIX.in(c) || c.question) return false;
            String words = c.span();
            for (String w : FEELINGS) felt |= words.contains(w);
        }
        return felt;
    }
}
