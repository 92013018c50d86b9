package org.receptionbot.parse;

/**
 * Care on its way, said by those who give it: a doctor coming or sent (医生20分钟到, 我让值班医生过去,
 * 驻点医生马上去云上民宿, 医务室收到 7点前到5号楼), a patient already taken to care (已送县人民医院) or
 * told to go (先去卫生院拍个片), where the care is (医务室在一楼东侧). Such a clause answers a problem;
 * it reports none. A clause that names an illness, asks, needs or complains (医生还没到) is not this.
 */
final class CareOnItsWay {

    private CareOnItsWay() {}

    /** Words after the care word that move it toward the patient, or say where it is. */
    private static final String[] COMING = {"到", "过去", "过来", "马上", "在路上", "赶去", "赶过去", "去", "在"};
    /** Words right before the care word that send it or the patient to it. */
    private static final String[] SENDING = {"让", "派", "叫了", "通知", "已送", "送到", "送去", "送县", "送了", "先去", "已经去"};

    static boolean said(Clause c) {
        if (!c.has(Cue.CARE) || c.has(Cue.HEALTH) || c.has(Cue.ILL)) return false;
        if (c.question || c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.PROBLEM)) return false;
        int care = c.at(Cue.CARE);
        int after = c.endOf(Cue.CARE);
        for (String w : COMING) {
            int at = c.text.indexOf(w, after);
            if (at >= 0 && at + w.length() <= c.end && at - after <= 6) return true;
        }
        int from = Math.max(c.start, care - 6);
        String before = c.text.substring(from, care);
        for (String w : SENDING) if (before.contains(w)) return true;
        return false;
    }
}
