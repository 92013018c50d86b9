package org.receptionbot.parse;

/**
 * Where the word of a movement verb moves nobody: 走 on the way to a place (往餐厅走), 到 in a span of hours
 * (9点到11点), 到 as a verb's complement (吵到半夜), 到 after 退房 (延迟退房到4点). Read while the cue words are
 * found ({@link CueWord#excluded}), on the characters around the word only.
 */
final class VerbNoMovement {

    private VerbNoMovement() {}

    /**
     * 延迟退房到下午4点, 晚点退房 到1点半: 到 a few characters after 退房 says until when the room is kept, no
     * arrival.
     */
    static boolean checkOutUntil(String text, int at) {
        int from = Math.max(0, at - 4);
        int room = text.lastIndexOf("退房", at - 2);
        return room >= from && text.substring(room + 2, at).indexOf('\n') < 0;
    }

    /**
     * "晚上9点才回", "晚上44个全回", "都回了": a bare 回 after 才/全/都, with no place after it, is people
     * coming back to the hotel, not leaving the event (才回成都 and 都回家 name where they go); so is a bare 回
     * right after a clock hour when the message says where they are meanwhile ({@link BackAtHour}), and 回 to the
     * event's own place to eat (回山庄吃饭), and 往回 (在往回赶): heading back to where they stay.
     */
    static boolean comingBack(String text, int at) {
        if (backToEat(text, at + 1) || aTime(text, at)) return true;
        if (at == 0) return false;
        // 刚比完赛 在往回赶, 正往回走: heading back to where they stay, no one leaving the event.
        if (text.charAt(at - 1) == '往') return true;
        int end = at + 1;
        if (end < text.length() && text.charAt(end) == '了') end++;
        if (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) return false;
        return "才全都".indexOf(text.charAt(at - 1)) >= 0 || BackAtHour.backFromOuting(text, at);
    }

    /**
     * "这回都在", "那回", "每回", " 上回没报": 回 counting times after 这/那/每, or after a 上 that starts a word (not
     * 马上回 nor 晚上回, coming back), is no movement.
     */
    private static boolean aTime(String text, int at) {
        if (at == 0) return false;
        char before = text.charAt(at - 1);
        if ("这那每".indexOf(before) >= 0) return true;
        return before == '上' && (at < 2 || !Normalizer.isHan(text.charAt(at - 2))) && !text.startsWith("来", at + 1);
    }

    /**
     * "4个回家吃了 他们本地的", "晚上回家住 明天早上自己来": people of the event's city going home for a meal or the night
     * (回家 then 吃, 住, 睡, 过夜), or gone home said of local people (本地的 回家了), leave nothing: no departure.
     */
    static boolean homeForMealOrNight(String text, int at) {
        int end = at + 2;
        for (String w : HOME_STAYS) if (text.startsWith(w, end)) return true;
        if (BACK_NEXT_DAY
                .matcher(text)
                .region(end, Math.min(text.length(), end + 12))
                .find()) return true;
        return text.startsWith("了", end) && (text.contains("本地") || text.contains("当地"));
    }

    /**
     * "张处晚上回家 明早回来", "回家一趟 明天一早就过来": back the next day, said right after 回家, is a night at home, no
     * leaving the event.
     */
    private static final java.util.regex.Pattern BACK_NEXT_DAY = java.util.regex.Pattern.compile(
            "^[了一趟下住睡 ，,]*(明早|明天|明日|第二天|次日)(一早|早上|上午|早晨)?(就|再|又)?(回来|过来|归队|回山庄|回酒店|回驻地|来)");

    private static final String[] HOME_STAYS = {"吃", "用餐", "就餐", "住", "睡", "过夜"};

    /** The event's own places people come back to for a meal (回山庄吃饭, 回酒店吃). */
    private static final String[] OWN_PLACES = {"山庄", "酒店", "宾馆", "驻地", "住地", "民宿"};

    /** "明晚回山庄吃饭": coming back to the event's own place to eat, at {@code at} right after 回. */
    private static boolean backToEat(String text, int at) {
        for (String place : OWN_PLACES) {
            if (!text.startsWith(place, at)) continue;
            int eat = at + place.length();
            if (text.startsWith("来", eat)) eat++;
            return text.startsWith("吃", eat) || text.startsWith("用餐", eat) || text.startsWith("就餐", eat);
        }
        return false;
    }

    /**
     * "正往餐厅走", "向会场走": 走 after 往/向/朝 and a place of a few characters is walking there, not
     * leaving, unless the place is where journeys start (机场, 车站, 高铁站).
     */
    static boolean walkingTo(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return false;
            if (c == '往' || c == '向' || c == '朝') {
                String place = text.substring(i + 1, at);
                return !place.isEmpty() && !place.contains("机") && !place.contains("站") && !place.contains("家");
            }
        }
        return false;
    }

    /**
     * 7点到9点, 八点到十点: 到 between two clock hours closes a span of time; 打到十点多, 训练练到9点: 到
     * right before a clock hour is "until" (an arrival says the hour first: 十点到). Neither is an arrival.
     */
    static boolean timeSpan(String text, int at) {
        if (at + 1 >= text.length()) return false;
        // 比赛打到十点多, 训练练到9:00: 到 after an activity and before a clock hour says until when it lasts.
        if (at > 0 && ACTIVITY.indexOf(text.charAt(at - 1)) >= 0 && clockAfter(text, at, "点:：时")) return true;
        boolean untilHour = at == 0 || "点时".indexOf(text.charAt(at - 1)) < 0 && !clockBefore(text, at);
        return clockAfter(text, at, untilHour ? "点" : "点:：时");
    }

    /** 17:30到19:30, 11点半到1点半: a clock time (digits after a colon, or 半/分 after 点) ends right before 到. */
    private static boolean clockBefore(String text, int at) {
        char c = text.charAt(at - 1);
        if (c == '半' || c == '分') return at >= 2 && "点0123456789".indexOf(text.charAt(at - 2)) >= 0;
        int i = at - 1;
        while (i >= 0 && "0123456789".indexOf(text.charAt(i)) >= 0) i--;
        return i < at - 1 && i >= 1 && (text.charAt(i) == ':' || text.charAt(i) == '：');
    }

    /**
     * 吵到半夜, 头撞到了, 被开水烫到, 安排得很周到, 票没抢到, 房间留到下午3点, 住到后天: 到 right after a verb of doing, getting or feeling is its complement
     * (until, or reaching a result), and 周到 is "thoughtful"; neither moves anyone. An arrival says who or
     * when before 到 (我们到了, 3点到, 刚到).
     */
    static boolean complement(String text, int at) {
        if (at == 0) return false;
        char before = text.charAt(at - 1);
        // 整到 (got hold of) is a complement; 11点整到 is arriving on the hour.
        if (before == '整') return at < 2 || text.charAt(at - 2) != '点';
        // 下周到, 这周到: a week named before 到 is when people arrive.
        if (before == '周') return at < 2 || "下本这上每".indexOf(text.charAt(at - 2)) < 0;
        // 身份证找不到了, 找得到吗: the verb's complement said as can or cannot.
        if ((before == '不' || before == '得') && at >= 2) return RESULT_VERBS.indexOf(text.charAt(at - 2)) >= 0;
        return RESULT_VERBS.indexOf(before) >= 0;
    }

    /**
     * Verbs of doing or feeling that take 到 as a complement, never a way of travelling (飞到, 坐到 stay arrivals);
     * 票没抢到, 买到了, 订到, 拿到, 找到, 看到: getting or finding something; 留到, 住到, 待到: staying until.
     */
    private static final String RESULT_VERBS = "吵闹撞磕碰崴扭烫夹砸摔伤冻割刮划戳咬踩绊噎呛晒淋吓熬拖聊睡忙喝唱玩误顾虑识买抢订约拿找领查看想听遇留住待呆";

    private static final String ACTIVITY = "打练赛比踢玩忙开聊弄搞干训唱跳演";

    /** Whether numerals right after {@code at} end in one of {@code marks}: a clock hour follows. */
    private static boolean clockAfter(String text, int at, String marks) {
        int i = at + 1;
        while (i < text.length() && "0123456789一二两三四五六七八九十".indexOf(text.charAt(i)) >= 0) i++;
        return i > at + 1 && i < text.length() && marks.indexOf(text.charAt(i)) >= 0;
    }
}
