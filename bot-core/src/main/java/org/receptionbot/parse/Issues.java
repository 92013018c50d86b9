package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/** Whether a clause reports a problem or asks someone to act, and of which kind. */
final class Issues {

    private Issues() {}

    /**
     * The category of the problem the clause reports, or null. Words that are a problem by themselves
     * (发烧, 气味, 只剩面条) decide; otherwise a problem word (坏了, 找不到, 能不能) needs a topic
     * (a vehicle, a room, a meal). A meal figure with 需要 is a meal statement, not a request. A question
     * is an issue only when it asks someone to act (能不能, 麻烦). Paperwork (发票) and lost belongings
     * (身份证丢了) are OTHER wherever they happen.
     */
    static IssueCategory category(Clause c, boolean mealStatement) {
        if (c.question && !c.has(Cue.REQUEST)) return null;
        if (c.has(Cue.HEALTH)) return IssueCategory.HEALTH;
        if (c.has(Cue.HYGIENE)) return IssueCategory.HYGIENE;
        if (c.has(Cue.MEAL_PROBLEM)) return IssueCategory.MEAL;
        boolean problem = c.has(Cue.PROBLEM) || c.has(Cue.REQUEST);
        boolean lost = c.has(Cue.OTHER_PROBLEM);
        if ((problem || lost) && (c.has(Cue.TOPIC_ADMIN) || lost && c.has(Cue.TOPIC_OTHER))) {
            return IssueCategory.OTHER;
        }
        if (problem) {
            if (c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty()) return IssueCategory.VEHICLE;
            if (c.has(Cue.TOPIC_ROOM)) return IssueCategory.ROOM;
            if (c.has(Cue.TOPIC_MEAL) && !mealStatement) return IssueCategory.MEAL;
            if (c.has(Cue.TOPIC_OTHER)) return IssueCategory.OTHER;
        }
        if (c.has(Cue.OTHER_PROBLEM)) return IssueCategory.OTHER;
        return null;
    }
}
