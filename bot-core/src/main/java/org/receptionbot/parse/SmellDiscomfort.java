package org.receptionbot.parse;

/**
 * "民宿这边有6间房挨着在装修的 味道太大了 熏得头疼", "516房间烟味特别重 我们同志对烟味过敏": a smell in the rooms, with the
 * discomfort it causes as its reason, is a HYGIENE matter: the smell is what needs seeing to, not a patient. Someone
 * needing care (a doctor, a hospital, medicine: {@link Cue#CARE}) stays a health matter, and a room change asked for
 * stays the room's.
 */
final class SmellDiscomfort {
    /** Words of a smell, of the air in a room. */
    private static final String[] SMELLS = {
        "味道太大", "味太大", "味道大", "味道很大", "味道重", "味道很重", "味儿大", "味很大", "烟味", "油漆味", "装修味", "甲醛", "异味", "怪味", "臭味", "霉味",
        "气味"
    };
    /** Words of the discomfort a smell causes. */
    private static final String[] CAUSED = {"熏", "呛", "头疼", "头痛", "头晕", "过敏", "恶心", "难受", "受不了", "睡不着"};

    private SmellDiscomfort() {}

    /** Whether the clause's health words are the discomfort of a smell it names, with no care or room change asked. */
    static boolean test(Clause c) {
        return IssueMatters.has(c, SMELLS)
                && IssueMatters.has(c, CAUSED)
                && !c.has(Cue.CARE)
                && !c.has(Cue.ROOM_CHANGE);
    }
}
