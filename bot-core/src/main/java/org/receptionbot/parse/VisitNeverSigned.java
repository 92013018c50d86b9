package org.receptionbot.parse;

/**
 * "青海厅3人今天下午不参加考察 本来就没报", "他本来就没报名 下午不去": people not going on a visit they never
 * signed up for change nothing; the drop-out is no VISIT_CHANGE.
 */
final class VisitNeverSigned {
    private static final String[] NEVER = {
        "本来就没报", "本来也没报", "原本就没报", "原来就没报", "本来就没有报", "本来就不去", "本来就没去", "本来就不参加", "本来就没打算去", "本身就没报"
    };

    private VisitNeverSigned() {}

    /** Whether the message says the people were never signed up. */
    static boolean said(String text) {
        for (String w : NEVER) if (text.contains(w)) return true;
        return false;
    }
}
