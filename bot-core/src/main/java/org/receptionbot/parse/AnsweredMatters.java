package org.receptionbot.parse;

import java.util.List;

/**
 * Cue words of a matter answered rather than reported: a notice acknowledged by the liaison it concerns (停水知道了), a
 * request done and thanked for (换房换好了 谢谢), a coordinator taking the transport on (机场我安排小车去接), and where a
 * vehicle waits told to those looking for it (刘师傅手机没电了 车在酒店后门).
 */
final class AnsweredMatters {
    /** Services a notice tells are off for a while. */
    private static final String[] OUTAGES = {"停水", "停电", "断水", "断电", "停暖", "停气", "检修"};
    /** How the notice is named after the service (停水的事, 停电通知). */
    private static final String[] NOTICE = {"", "的事", "的事情", "的通知", "通知"};

    private static final String[] ACKNOWLEDGED = {"知道了", "收到了", "收到", "了解了", "明白了", "晓得了"};
    /** What after a word makes it asked, not said (知道了吗, 弄好了没). */
    private static final String[] ASKED = {"吗", "没", "么", "嘛"};
    /** A job said done (空调换好了, 换房弄好了, 热水搞定了). */
    private static final String[] DONE = {"换好了", "弄好了", "搞好了", "搞定了", "调好了", "装好了", "处理好了", "安排好了"};
    /** A coordinator taking the transport on: 我安排小车去接, 我来安排, 我派车去接. */
    private static final String[] TAKEN_ON = {
        "我安排", "我来安排", "我去安排", "我这边安排", "我马上安排", "我派车", "我派人", "我叫车", "我让师傅", "我让司机"
    };
    /** What after it makes the arrangement the sender's earlier booking (我安排的车怎么还没来) or a question. */
    private static final String[] BOOKED = {"的", "吗", "了吗", "了没"};
    /** Who asks someone else to arrange (帮我安排, 给我派车), right before 我. */
    private static final String FOR_ME = "帮给替为让请叫";
    /** Where a vehicle waits ends with one of these: 北门, 酒店后门, 宾馆侧门口, 停车场, 楼下. */
    private static final String[] PLACE_ENDS = {"门口", "门", "停车场", "楼下"};
    /** How far after 车在 the place may end. */
    private static final int PLACE_LENGTH = 8;
    /** What right after the place says the vehicle is still a problem (车在北门等了半天, 车在门口但是找不到师傅). */
    private static final String[] STILL = {"还", "但", "可", "却", "吗", "没", "呢", "等", "不"};

    private AnsweredMatters() {}

    static void register(CueTable t) {
        // 停水知道了 我们上午都在训练馆 不影响: the notice acknowledged by those it concerns.
        for (String outage : OUTAGES)
            for (String notice : NOTICE)
                for (String ack : ACKNOWLEDGED) t.guarded(Cue.SETTLED, outage + notice + ack, "", ASKED, null);
        // 北京 1206 换房换好了 谢谢: a job done, thanked for.
        for (String w : DONE) t.guarded(Cue.SETTLED, w, "没未", ASKED, null);
        for (String w : TAKEN_ON) t.guarded(Cue.RESOLVED, w, FOR_ME, BOOKED, null);
    }

    /**
     * "刘师傅手机没电了 车在酒店后门", "电话打不通 车停在宾馆侧门": where the vehicle waits, a place ending in a gate, a car
     * park or downstairs, said after a problem and with nothing after it that makes it still one, answers the problem;
     * found at {@code i}, the 车 ("车在后门 师傅不见了" reports the problem).
     */
    static void vehicleAt(String text, int i, List<CueTable.Hit> hits) {
        if (!problemBefore(hits)) return;
        int from = -1;
        for (String w : new String[] {"车在", "车停在", "车就在", "车就停在", "车已经在", "车已在"})
            if (text.startsWith(w, i)) from = i + w.length();
        if (from < 0) return;
        int limit = Math.min(text.length(), from + PLACE_LENGTH);
        for (int end = limit; end > from; end--) {
            String place = text.substring(from, end);
            if (!placeEnds(place) || broken(place)) continue;
            for (String s : STILL) if (text.startsWith(s, end)) return;
            hits.add(new CueTable.Hit(Cue.RESOLVED, i, end));
            return;
        }
    }

    /** Whether the message said a problem before (手机没电了, 电话打不通): the whereabouts answers it. */
    private static boolean problemBefore(List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.cue() == Cue.PROBLEM || h.cue() == Cue.UNREACHABLE || h.cue() == Cue.MISSING) return true;
        return false;
    }

    private static boolean placeEnds(String place) {
        for (String w : PLACE_ENDS) if (place.endsWith(w)) return true;
        return false;
    }

    /** A place with a pause or a question word in it is no place (车在哪个门). */
    private static boolean broken(String place) {
        for (int k = 0; k < place.length(); k++)
            if (Clause.SEPARATORS.indexOf(place.charAt(k)) >= 0 || "哪几啥".indexOf(place.charAt(k)) >= 0) return true;
        return false;
    }
}
