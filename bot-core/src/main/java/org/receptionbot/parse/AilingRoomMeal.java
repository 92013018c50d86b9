package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * "两个小伙子崴脚了在宾馆休息 麻烦送两份饭到房间", "有个队员扭伤了在房间躺着 能不能送份饭上去": an ailment told only as why
 * meals are to be brought to the room is the one meal matter; no health matter beside it, unless the message asks for
 * care (a doctor, medicine, a hospital).
 */
final class AilingRoomMeal {
    /** Words of care asked or given: with any of them the health matter stands of its own. */
    static final String[] CARE = {"医生", "大夫", "药", "医院", "看病", "就医", "诊所", "医务", "120", "急救", "救护"};

    private AilingRoomMeal() {}

    static void apply(Drafts drafts, String original) {
        if (!drafts.hasIssue(IssueCategory.MEAL)
                || !drafts.hasIssue(IssueCategory.HEALTH)
                || !RoomMeals.brought(original)) return;
        for (String w : CARE) if (original.contains(w)) return;
        drafts.dropIssue(IssueCategory.HEALTH);
    }
}
