package org.receptionbot.parse;

import java.util.List;

/**
 * Words of arriving that bring no delegation to the event: going to a venue of the games, a meal's hour moved
 * to a time, staff of the event coming to people, a trip back from the games due in minutes.
 */
final class ArrivalLookalikes {
    /** Venues of the games, where people go from the event's hotel (the hotel or the city is an arrival). */
    private static final String[] VENUES = {
        "赛场", "场馆", "比赛场", "比赛馆", "体育馆", "体育场", "训练馆", "训练场", "球场", "游泳馆", "热身场", "赛区"
    };
    /** Words that move a time, right before 到: 提前到6点半. */
    private static final String[] MOVED = {"提前", "推迟", "延后", "延迟", "推后", "往前", "挪", "改", "调"};
    /** Meal words a moved time may belong to, when no meal mention is read. */
    private static final String[] MEAL_WORDS = {"开饭", "用餐", "吃饭", "饭点"};

    /** A figure of delegations said with 有 ("有两个团", "有三个队", "有一个代表团"; 队员 and 团长 are people). */
    private static final java.util.regex.Pattern TEAMS =
            java.util.regex.Pattern.compile("有[0-9一二两三四五六七八九十]+个(代表)?[团队](?![员长医友里内])");

    private ArrivalLookalikes() {}

    /**
     * "明天还有两个团到", "后天还有三个队到", "下午还有一个代表团要来": other delegations coming, counted as delegations with
     * none named before the verb, bring none of the sender's people.
     */
    static boolean otherTeams(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0 || !c.all(Mention.Team.class).isEmpty()) return false;
        java.util.regex.Matcher m = TEAMS.matcher(c.text).region(c.start, verb);
        return m.find();
    }

    /** "7点半要到赛场", "11点半才到场馆", "明天下午2点到训练馆", "八点要到摔跤馆": going to a venue of the games, not arriving at the event. */
    static boolean toVenue(Clause c) {
        int end = c.endOf(Cue.ARRIVE);
        if (end < 0) return false;
        int from = c.text.startsWith("了", end) ? end + 1 : end;
        for (String v : VENUES) if (c.text.startsWith(v, from) && from + v.length() <= c.end) return true;
        // 八点要到摔跤馆, 到射弩场: a hall or ground named by its sport.
        return SPORT_HALL.matcher(c.text).region(from, c.end).lookingAt();
    }

    /** A hall or ground of a sport (摔跤馆, 毽球馆, 射弩场), not a hotel or an eating place (宾馆, 饭馆). */
    private static final java.util.regex.Pattern SPORT_HALL =
            java.util.regex.Pattern.compile("[\\p{IsHan}&&[^宾饭酒菜旅茶会展博图]]{1,3}馆|(?:射弩|摔跤|押加|陀螺|毽球|秋千|射箭|马术)场");

    /**
     * "明天早餐能不能提前到6点半", "中饭推迟到12点半吧": a meal named before a time it is moved to; the 到 is the
     * move's, no arrival ("我们提前到了" with no meal stays an arrival).
     */
    static boolean mealTimeMoved(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at < 1) return false;
        boolean moved = false;
        for (String m : MOVED) moved |= c.text.startsWith(m, Math.max(c.start, at - m.length()));
        if (!moved) return false;
        int end = c.endOf(Cue.ARRIVE);
        boolean clock = false;
        for (Mention.Clock k : c.all(Mention.Clock.class)) clock |= k.start() >= end && k.start() - end <= 1;
        if (!clock) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) if (m.end() <= at) return true;
        String before = c.text.substring(c.start, at);
        for (String w : MEAL_WORDS) if (before.contains(w)) return true;
        return false;
    }

    /**
     * "早就到了", "我们不是今天到的": an arrival said to be long past, or denied for the day said ("不是…到的"), is no
     * arrival to record (a sender putting right an arrival recorded in error).
     */
    static boolean pastOrDenied(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at < 0) return false;
        for (List<String> words : List.of(DeniedArrivalWords.LONG_AGO, DeniedArrivalWords.DAYS_AGO))
            for (String w : words) if (at - w.length() >= c.start && c.text.startsWith(w, at - w.length())) return true;
        int end = c.endOf(Cue.ARRIVE);
        boolean of = end < c.end && c.text.charAt(end) == '的';
        int denied = c.text.indexOf("不是", c.start);
        // 不是今天到的 是明天下午3点到: the arrival said right is read, with its time or train.
        boolean said = !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty();
        return of && denied >= 0 && denied < at && !said;
    }

    /** Staff of the event and their vehicles, who come to people rather than arrive at the event. */
    private static final String[] STAFF = {
        "医疗组", "医生", "大夫", "护士", "医务人员", "救护车", "急救车", "医疗车", "志愿者", "工作人员", "维修工", "维修师傅", "电工", "保洁", "服务员", "前台",
        "会务组", "交通组", "后勤组", "接待组", "车队", "师傅", "司机", "翻译", "讲解员"
    };
    /** Words that may stand between the subject and 到 (已经到, 刚刚到, 也到了). */
    private static final String[] ADVERBS = {"已经", "刚刚", "已", "刚", "也", "都", "就"};

    /**
     * "医疗组已到射箭场 吉林的队员没大碍", "工作人员已到 甘肃的行李…": staff of the event as the subject of 到, with no
     * delegation before it, come to the people named after; no delegation arrives.
     */
    static boolean staffComes(Clause c) {
        int at = c.at(Cue.ARRIVE);
        // 张师傅已到酒店门口: 已到 read as a count's word, before a place that is no arrival.
        if (at < 0 && c.has(Cue.HEADCOUNT) && c.text.startsWith("已到", c.at(Cue.HEADCOUNT)))
            at = c.at(Cue.HEADCOUNT) + 1;
        if (at <= c.start) return false;
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() < at) return false;
        int subject = at;
        for (boolean found = true; found; ) {
            found = false;
            for (String w : ADVERBS)
                if (subject - w.length() >= c.start && c.text.startsWith(w, subject - w.length())) {
                    subject -= w.length();
                    found = true;
                    break;
                }
        }
        String before = c.text.substring(c.start, subject);
        for (String w : STAFF) if (before.endsWith(w)) return true;
        return false;
    }

    /** A length of time right before 到 (十分钟到, 20分钟后到, 半小时就到): the arrival is still that far off. */
    private static final String[] LENGTHS = {"分钟", "分", "小时", "钟头"};
    /** Words between the length and 到 (十分钟就到, 20分钟后到, 10分钟左右到). */
    private static final String[] AFTER_LENGTH = {"左右", "以内", "之内", "就", "后", "内", "能", "才"};

    /** What people come back from during the games (比赛刚结束, 刚从赛场出来, 训练完). */
    private static final String[] OUTINGS = {
        "比赛", "比完", "赛场", "场馆", "体育馆", "体育场", "训练", "练完", "热身", "散场", "演出", "彩排", "开幕", "闭幕", "考察", "参观"
    };

    /**
     * "比赛刚结束 十分钟到", "刚从赛场出来 20分钟后到": an arrival due in a length of time, coming back from the games, is a
     * trip still to come, not done ("刚下高速 大概半小时到" on the way to the event is its arrival).
     */
    static boolean dueBack(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at <= c.start || !contains(c, OUTINGS)) return false;
        int end = at;
        for (String w : AFTER_LENGTH)
            if (end - w.length() >= c.start && c.text.startsWith(w, end - w.length())) {
                end -= w.length();
                break;
            }
        String before = c.text.substring(c.start, end);
        for (String w : LENGTHS) if (before.endsWith(w)) return true;
        return false;
    }

    private static boolean contains(Clause c, String[] words) {
        for (String w : words) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }
}
