package org.receptionbot.parse;

/** What a message asks about that makes an issue of its own: a vehicle not found, a later check-out; and praise, which asks nothing. */
final class IssueAsks {

    private IssueAsks() {}

    /**
     * "5号车停哪了？", "2号车的师傅在哪？湖北的队员在门口等车": a vehicle asked after by a liaison, or by
     * anyone while people wait for it, cannot be found; a coordinator asking where a bus is asks only.
     */
    static boolean waitsForVehicle(Clause c, Reading reading) {
        boolean vehicle =
                c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty();
        if (!vehicle || c.has(Cue.UNDECIDED) || !asksWhere(c)) return false;
        if (reading.sender() != null) return true;
        for (String w : WAITING) if (reading.original().contains(w)) return true;
        return false;
    }

    private static final String[] WAITING = {"等车", "等着", "在等", "等了", "没看到", "没看见", "找不到"};

    /** Asked why it has not come yet (怎么还没到, 咋还没来, 还不来吗). */
    private static final String[] NOT_YET = {"怎么还没", "咋还没", "怎么没来", "怎么没到", "咋没来", "咋没到", "还不来", "还没来吗", "还没到吗"};

    /**
     * "安徽的车怎么还没到？？说好6点前在门口的", "送站的车怎么还没到啊": a liaison asking why their vehicle has not
     * come yet reports it late; a coordinator asking it only asks.
     */
    static boolean overdue(Clause c, Reading reading) {
        if (reading.sender() == null || !c.question || !IssueTalk.inVehicle(c) || c.has(Cue.UNDECIDED)) return false;
        return IssueMatters.has(c, NOT_YET);
    }

    /**
     * The clause ends by asking where (在哪, 停哪了, 在哪里呢; 车呢？, the vehicle itself asked after), not where to
     * do something (在哪上车).
     */
    private static boolean asksWhere(Clause c) {
        int i = c.end;
        while (i > c.start && "了啊呀嘛 ？?".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        if (c.question && i - 2 >= c.start && c.text.startsWith("车呢", i - 2)) return true;
        if (VehicleAskedAfter.said(c)) return true;
        i = c.end;
        while (i > c.start && "了呢啊呀嘛 ？?".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        if (i > c.start && "儿里".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        return i > c.start && c.text.charAt(i - 1) == '哪';
    }

    /** 退房能不能延到下午2点, 能不能晚点退房, 房间能不能延到下午3点再退: a later check-out. */
    static boolean lateCheckOut(Clause c) {
        int at = c.text.indexOf("退房", c.start);
        if (at < 0 || at >= c.end) return roomLater(c) || laterLeaving(c);
        // 能不能晚点退房: the later time said before the check-out.
        return later(c.text.substring(at + 2, c.end)) || later(c.text.substring(Math.max(c.start, at - 2), at));
    }

    /**
     * "能不能再晚点退 到3点", "明天能不能晚些退": 退 alone after a later time asked for is the check-out (退票, 退款 are
     * refunds).
     */
    private static boolean laterLeaving(Clause c) {
        String words = c.span();
        if (words.contains("票") || words.contains("款") || words.contains("钱")) return false;
        for (String w : LATER_LEAVING) {
            int at = words.indexOf(w);
            if (at < 0) continue;
            int next = at + w.length();
            if (next >= words.length() || "票款钱货费".indexOf(words.charAt(next)) < 0) return true;
        }
        return false;
    }

    private static final String[] LATER_LEAVING = {"晚点退", "晚一点退", "晚些退", "晚一些退", "延迟退", "延后退", "推迟退", "延时退"};

    /** "房间能不能延到下午3点再退", "他们的房间能不能延迟到下午2点退": the room, a later time, then 退 closing the clause. */
    private static boolean roomLater(Clause c) {
        int room = c.text.indexOf("房间", c.start);
        if (room < 0 || room >= c.end) return false;
        int end = c.end;
        while (end > room && "了吗呢啊呀嘛 ？?".indexOf(c.text.charAt(end - 1)) >= 0) end--;
        return end > room && c.text.charAt(end - 1) == '退' && later(c.text.substring(room + 2, end - 1));
    }

    /** "能不能延到下午两点": a later time asked for. */
    static boolean later(Clause c) {
        return later(c.span());
    }

    private static boolean later(String words) {
        return words.contains("延")
                || words.contains("推迟")
                || words.contains("推到")
                || words.contains("推后")
                || lateWord(words);
    }

    /** 晚 of a later time; 最晚几点 (at the latest) asks what the rule is, no later time. */
    private static boolean lateWord(String words) {
        for (int at = words.indexOf('晚'); at >= 0; at = words.indexOf('晚', at + 1))
            if (at == 0 || words.charAt(at - 1) != '最') return true;
        return false;
    }

    private static final String[] THANKS = {"感谢", "谢谢", "辛苦", "点赞", "满意"};
    private static final String[] WELL = {"很好", "挺好", "不错", "到位", "周到", "满意", "可口", "好吃", "合口"};

    /**
     * "清真餐这次安排的很好 感谢后厨", "清真餐做得很到位 谢谢": a special diet said to be well served, with
     * thanks, is praise; nobody is asked to act.
     */
    static boolean wellServed(Clause c, String message) {
        if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.PROBLEM)) return false;
        boolean thanks = false;
        for (String w : THANKS) thanks |= message.contains(w);
        if (!thanks) return false;
        for (String w : WELL) if (message.contains(w)) return true;
        return false;
    }

    private static final String[] RELISH = {"过瘾", "好吃", "下饭", "香", "够味", "带劲", "真爽", "吃得爽", "吃撑"};

    /**
     * "湖南的菜太辣了 哈哈 过瘾", "腊肉太油了 可是太好吃了": a taste said too strong (太辣, 太咸) beside relish
     * for the food is an opinion or a joke; nobody is asked to act.
     */
    static boolean relished(Clause c, String message) {
        if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.PROBLEM)) return false;
        int at = c.at(Cue.MEAL_PROBLEM);
        if (at < 0 || c.text.charAt(at) != '太') return false;
        for (String w : RELISH) if (message.contains(w)) return true;
        return false;
    }

    private static final String[] RESULTS = {"结果出来", "片子出来", "检查完", "查完了", "看完了"};
    private static final String[] FINE = {"没事", "没什么事", "没问题", "没啥事", "皮外伤", "不严重"};

    /** "拍片结果出来了 没事 就是皮外伤": the result of a check-up came back fine; the health matter is settled. */
    static boolean clearedByResult(String message) {
        boolean result = false;
        for (String w : RESULTS) result |= message.contains(w);
        if (!result) return false;
        for (String w : FINE) if (message.contains(w)) return true;
        return false;
    }

    private static final String[] PRAISE = {"点赞", "表扬", "好评", "称赞", "夸一下", "夸夸", "人很好", "太好了", "给力"};

    /** Whether the message praises someone, by the words of {@link #PRAISE}. */
    static boolean praises(String message) {
        for (String w : PRAISE) if (message.contains(w)) return true;
        return false;
    }
}
