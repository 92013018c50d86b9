package org.receptionbot.parse;

import java.util.List;

/** What the words of a clause say about a figure counted on a vehicle (see {@link HeadcountRules}). */
final class HeadcountWords {

    /** 山东有俩人上错车了: people on the wrong bus, a change of route. */
    static final String WRONG_BUS = "错车";
    /** 4号车门口 有两位同志在等人: at the bus's door, not on it. */
    static final String AT_DOOR = "门口";

    /** 3号车还有3个空位, 还能再坐5个人: seats free on a bus, no one counted. */
    private static final String[] SEATS = {"空位", "空座", "座位", "位子", "余座", "余位", "还能坐", "还能再坐", "坐得下", "能坐"};

    private HeadcountWords() {}

    /**
     * "13号车去机场接财政部两位了", "5号车去高铁站接湖南的12个人": a bus sent to fetch people carries none of
     * them yet; the figure is of those to be fetched (接到…实到 is a count).
     */
    static boolean goesToFetch(Clause c) {
        if (c.has(Cue.HEADCOUNT)) return false;
        String words = c.span();
        int go = words.indexOf('去');
        if (go < 0) return false;
        int fetch = words.indexOf('接', go);
        return fetch > go && fetch - go <= 6 && !words.startsWith("接到", fetch);
    }

    /** "3号车还有3个空位", "2号车还剩6个座位": the figure is of seats free, not of people aboard (实到 aside). */
    static boolean seatsFree(Clause c) {
        if (c.has(Cue.HEADCOUNT)) return false;
        String words = c.span();
        for (String s : SEATS) if (words.contains(s)) return true;
        return false;
    }

    /** 3号车少2人: fewer or more said before any figure is a change; after it (41人 少了一个) a remark on the count. */
    static boolean changeBefore(Clause c) {
        int first = Integer.MAX_VALUE;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) first = Math.min(first, n.start());
        return c.has(Cue.FEWER) && c.at(Cue.FEWER) < first || c.has(Cue.ADD) && c.at(Cue.ADD) < first;
    }

    /**
     * "5号车还要等最后一个航班的老师": people said after 等 in the same phrase are waited for; "8号车在南门等
     * 重庆的人已经上车41个": a phrase ending with 等 is where the vehicle waits.
     */
    static boolean waits(Clause c, Mention.Vehicle vehicle) {
        int at = c.text.indexOf('等', vehicle.end());
        if (at < 0 || at >= c.end) return false;
        // 8号车在南门等 重庆的人已经上车41个: where the phrase with 等 ends, what follows is no longer waited for.
        int phrase = c.text.indexOf(' ', at);
        int end = phrase < 0 || phrase > c.end ? c.end : phrase;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() > at) return n.start() < end;
        // 5号车还要等最后一个航班的老师: the people waited for, named by who they are.
        String after = c.text.substring(at, Math.min(end, at + 14));
        for (String w : WAITED) if (after.contains(w)) return true;
        return false;
    }

    private static final String[] WAITED = {"老师", "领导", "同志", "代表", "客人", "嘉宾"};

    /** "那台中巴", "这辆大巴": a bus named by its kind, not by its number or plate. */
    static boolean busByKind(Clause c) {
        String words = c.span();
        for (String w : BUS_KINDS) if (words.contains(w)) return true;
        return false;
    }

    /** 这辆大巴, 我这个车, 咱们车上: a bus named by its kind or as the sender's own, with no number. */
    private static final String[] BUS_KINDS = {
        "中巴", "大巴", "小巴", "考斯特", "那台车", "那辆车", "这台车", "这辆车", "这个车", "我这车", "我们这车", "我们车", "咱们车", "咱车", "本车"
    };

    /**
     * "北海返程 3号车实到39人 已经上高速了": a word of the past after the counted figure is the trip
     * going on, not a count of an earlier day; so is 刚才 in a report taken back.
     */
    static boolean talkAfter(Clause c) {
        // 我这个车实到42人 已经出发了: a bus named as the sender's own counts as named.
        if (c.all(Mention.Vehicle.class).isEmpty() && !busByKind(c)
                || !c.all(Mention.Day.class).isEmpty()) return false;
        // 5号车刚才报的41是错的 是40: a report taken back is corrected now.
        if (HeadcountFigure.afterReportTakenBack(c) != null) return true;
        // 7号车刚才差的两个也上来了 现在一共30人: the figure said after 现在 is the count as it stands.
        int now = c.text.indexOf("现在", c.at(Cue.PAST));
        if (now >= 0 && now < c.end)
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() > now && n.unit()) return true;
        if (!c.has(Cue.HEADCOUNT)) return figureThenPast(c);
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= c.at(Cue.PAST)) return true;
        return boardedNow(c);
    }

    /** "(9号车实到45) 10号车四十 已经出发": one bus, its bare figure right after it, then the bus setting off. */
    private static boolean figureThenPast(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1) return false;
        Mention.Count n = VehicleFigures.figureRightAfter(c, vehicles.get(0));
        return n != null && !n.unit() && n.end() <= c.at(Cue.PAST);
    }

    /** "重庆的人已经上车41个", "已经清点 实到40": 已经 right before the counting word is the count as it stands now. */
    private static boolean boardedNow(Clause c) {
        int past = c.endOf(Cue.PAST);
        if (c.at(Cue.HEADCOUNT) < past) return false;
        return c.text.startsWith("已经", c.at(Cue.PAST))
                && c.text.substring(past, c.at(Cue.HEADCOUNT)).replace("都", "").isBlank();
    }

    static boolean about(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (c.text.startsWith("左右", n.end()) || c.text.startsWith("上下", n.end())) return true;
        }
        return false;
    }

    /**
     * "四十人左右", "大概30个", "后排没数清": a figure given as a guess is no head count; it is asked for. The
     * count before said unclear (实到38 刚才没数清) is why this one is given, no guess.
     */
    static boolean approximate(Clause c) {
        String words = c.span();
        for (String w : new String[] {"左右", "大概", "大约", "差不多", "估计", "没数清", "没点清", "不确定"}) {
            for (int at = words.indexOf(w); at >= 0; at = words.indexOf(w, at + 1))
                // 大概40分钟到酒店: how long, not how many.
                if (!earlier(words, at) && !GuessedTime.follows(words, at + w.length())) return true;
        }
        return eitherFigure(c);
    }

    /** "二十六还是二十七", "40或者41": two figures offered as a choice, neither of them a count. */
    static boolean eitherFigure(Clause c) {
        return EITHER.matcher(c.span()).find();
    }

    private static final String FIGURE = "(?:[0-9０-９]+|[一二两三四五六七八九十]+)";
    private static final java.util.regex.Pattern EITHER =
            java.util.regex.Pattern.compile(FIGURE + "[人个位]?(?:还是|或者|或)" + FIGURE + "(?![点号:：])");

    private static boolean earlier(String words, int at) {
        for (String w : EARLIER) if (words.startsWith(w, at - w.length()) && at >= w.length()) return true;
        return false;
    }

    /** Words before 没数清 that put it on the count said before. */
    private static final String[] EARLIER = {"刚才", "刚刚", "之前", "前面", "上次"};

    /**
     * "2号车的人齐了没", "5号车人到齐了吗", "人都齐了？": a question whether a bus is complete is talk, no
     * count; only 了, 没(有), 吗 or a particle stands after 齐.
     */
    static boolean asksComplete(Clause c) {
        int at = c.text.lastIndexOf('齐', c.end - 1);
        if (at < c.start) return false;
        boolean asks = c.question;
        for (int i = at + 1; i < c.end; i++) {
            char ch = c.text.charAt(i);
            if ("没吗么嘛".indexOf(ch) >= 0) asks = true;
            else if ("了有呢啊呀啦 ?？".indexOf(ch) < 0) return false;
        }
        return asks;
    }

    /** "4号车人齐了", "3车32人齐了", "全齐": everyone expected is on the vehicle (a figure, if any, is the count). */
    static boolean allAboard(Clause c) {
        String words = c.span();
        return !c.question
                && (words.contains("人齐") || words.contains("齐了") || words.contains("全齐") || words.contains("到齐"))
                && !words.contains("没齐")
                && !words.contains("不齐")
                && !words.contains("未齐")
                && !words.contains("齐吗");
    }
}
