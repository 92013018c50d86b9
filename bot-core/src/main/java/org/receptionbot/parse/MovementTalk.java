package org.receptionbot.parse;

/** How a movement is said: late, with its new time, or to everyone rather than by a delegation ({@link MovementQuestions}: asked about). */
final class MovementTalk {

    private MovementTalk() {}

    /**
     * "飞机晚点了 本来11点落地 现在说是下午两点半", "火车晚点 原来7点到 现在改成晚上十点半": a train or a
     * flight late, with the new time of the movement, is that movement at the new time, no problem to act
     * on; so is a late train the people have just come in on ("现在才到 车晚点了三个多小时"). A vehicle of the
     * event late stays a problem, and so does anything else wrong said beside it.
     */
    static boolean delayed(Clause c) {
        if (!c.all(Mention.Vehicle.class).isEmpty()) return false;
        if (traffic(c)) return true;
        boolean over = cameInLate(c);
        if (!over && (c.movement() == null || c.current(Mention.Clock.class).isEmpty())) return false;
        if (!over && c.changeAt() < 0 && c.all(Mention.Transport.class).isEmpty()) return false;
        // The general problem word is left out: 晚点, 推迟, 没到 are its words, the lateness itself.
        return !CueGroups.TO_ACT_ON.in(c);
    }

    /** Problems other than a blocked road that keep a movement's statement a problem: 堵 is itself a BROKEN word. */
    private static final CueGroups.Group OTHER = CueGroups.TO_ACT_ON.without(Cue.BROKEN);

    /** "今天下午5点到酒店 路上有点堵": traffic on the way, said beside a movement, is its reason, no problem to act on. */
    private static boolean traffic(Clause c) {
        if (c.movement() == null) return false;
        int jam = c.text.indexOf('堵', c.start);
        if (jam < 0 || jam >= c.end) return false;
        String before = c.text.substring(Math.max(c.start, jam - 5), jam);
        boolean road = before.contains("路") || before.contains("高速") || c.text.startsWith("堵车", jam);
        if (!road) return false;
        return !OTHER.in(c);
    }

    /** "陕西团现在才到 33人 车晚点了三个多小时": the lateness of people the message says are in at last; it is over. */
    private static boolean cameInLate(Clause c) {
        int late = c.text.indexOf("晚点", c.start);
        if (late < 0 || late >= c.end) return false;
        String s = c.text;
        return s.contains("才到") || s.contains("终于到") || s.contains("刚到") || s.contains("已经到");
    }

    /** Words by which a coordinator speaks to everyone (各位, 大家, 统一, 所有车辆), or gives the shuttles' timetable (送机安排, 发车). */
    private static final String[] EVERYONE = {
        "各位", "大家", "统一", "所有", "全体", "一律", "汇总", "送机安排", "送站安排", "接机安排", "接站安排", "发车", "班车"
    };

    /**
     * "各位 礼拜天统一退房", "明天大家早点到大堂", "所有车辆今天下午统一回公司", "明天返程送机安排：7点半、9点半":
     * a movement said to everyone, or a timetable of the shuttles, naming no delegation, is a notice, no one's movement.
     */
    static boolean toEveryone(Clause c) {
        for (String w : EVERYONE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return Figures.people(c) == null && (arrangement(c) || deadline(c));
    }

    /**
     * Words of the arrangements for movements, or of all the units, that a coordinator's notice speaks of
     * (接站车辆安排表, 送站车, 返程信息, 各厅, 会务组), or a vehicle's trip (要送人去机场).
     */
    private static final String[] ARRANGEMENT = {
        "安排表", "车辆安排", "送站车", "接站车", "送机车", "接机车", "送人", "接人", "信息", "各厅", "各单位", "各部门", "会务组", "寄存"
    };

    /**
     * "明天报到的接站车辆安排表我晚点发", "各厅返程信息请在上午10点前报会务组": with no figure of people, the
     * arrangements of a movement or a word to all the units make a coordinator's statement a notice.
     */
    private static boolean arrangement(Clause c) {
        for (String w : ARRANGEMENT) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    /** "中午12点前退房": a clock time that is a deadline (12点前, 10点之前) in a coordinator's statement with no delegation. */
    private static boolean deadline(Clause c) {
        for (Mention.Clock m : c.all(Mention.Clock.class)) {
            int end = m.end();
            if (end < c.end && c.text.charAt(end) == '前'
                    || c.text.startsWith("之前", end)
                    || c.text.startsWith("以前", end)) return true;
        }
        return false;
    }

    /** Words after 走的/到的 that name the people a remark is about, or the day of the movement (走的那天). */
    private static final String[] DESCRIBED = {"团", "队", "代表团", "代表队", "同志", "人员", "那天", "那一天", "当天", "时候"};

    /**
     * "今天走的团比较多", "吉林走的那天早上要不要打包早餐", "到的时候给我打电话": 走的/到的 describing the
     * delegations or the day of a movement, with no figure, reports no one's movement. A named delegation
     * with 团/队 after the verb stays a report ("明天走的团有河北、甘肃").
     */
    static boolean described(Clause c, Cue verb) {
        if (referenced(c, verb) || vehicleOfTrip(c, verb)) return true;
        int end = c.endOf(verb);
        if (end < 0 || end + 1 >= c.end || c.text.charAt(end) != '的' || Figures.people(c) != null) return false;
        for (int i = 0; i < DESCRIBED.length; i++) {
            if (!c.text.startsWith(DESCRIBED[i], end + 1)) continue;
            return i >= 4 || c.teams().isEmpty();
        }
        return false;
    }

    /**
     * "9点半去车站的大巴到门口了", "去机场的车来了": the vehicle named by the trip it makes, said to be here, is the bus
     * ready at the door; no one has left yet.
     */
    private static boolean vehicleOfTrip(Clause c, Cue verb) {
        int end = c.endOf(verb);
        if (verb != Cue.DEPART || end < 0 || end + 2 > c.end || c.text.charAt(end) != '的') return false;
        String rest = c.text.substring(end + 1, c.end);
        for (String v : TRIP_VEHICLES) {
            if (!rest.startsWith(v)) continue;
            String after = rest.substring(v.length());
            if (after.startsWith("已经")) after = after.substring(2);
            else if (after.startsWith("已")) after = after.substring(1);
            for (String here : HERE) if (after.startsWith(here)) return true;
        }
        return false;
    }

    /** "9点半去车站的大巴到门口了": a bus or car of the clause said to be here now, at the door. */
    static boolean busHere(Clause c) {
        String words = c.span();
        for (String v : TRIP_VEHICLES)
            for (int at = words.indexOf(v); at >= 0; at = words.indexOf(v, at + 1)) {
                String after = words.substring(at + v.length());
                if (after.startsWith("已经")) after = after.substring(2);
                else if (after.startsWith("已")) after = after.substring(1);
                for (String here : HERE) if (after.startsWith(here)) return true;
            }
        return false;
    }

    private static final String[] TRIP_VEHICLES = {"大巴车", "大巴", "班车", "中巴", "车子", "车"};
    private static final String[] HERE = {"到门口", "到楼下", "到了", "来了", "在门口", "在楼下", "停在", "在大门"};

    /**
     * "就是先走的那8个", "提前回去的这几位": 走的那/这 points back at people a movement already reported; with no
     * clock time or train of its own it is no new movement.
     */
    private static boolean referenced(Clause c, Cue verb) {
        int end = c.endOf(verb);
        if (end < 0 || end + 3 > c.end || c.text.charAt(end) != '的') return false;
        char next = c.text.charAt(end + 1);
        // 走的那批是12个人 says which batch, and how many: a report.
        return (next == '那' || next == '这')
                && "0123456789０１２３４５６７８９一二两三四五六七八九十几些俩仨".indexOf(c.text.charAt(end + 2)) >= 0
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
    }
}
