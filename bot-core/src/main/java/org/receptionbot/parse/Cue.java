package org.receptionbot.parse;

/** What a cue word says about the statement it is in. */
enum Cue {
    /** An instruction or notice to everyone: 请各代表团, 集合, 注意保暖. */
    NOTICE,
    /** Asks for information: 几点, 吗, 在哪. */
    QUESTION,
    /** Already happened: 已经, 吃过, 昨天. */
    PAST,
    /** Not certain: 可能, 待定, 如果. */
    UNSURE,
    /** A problem already dealt with: 已解决, 已修好. */
    RESOLVED,
    DEPART,
    ARRIVE,
    /** Counting people on a vehicle: 实到, 清点. */
    HEADCOUNT,
    /** Fewer or no diners: 不吃, 取消, 在外面吃. */
    CANCEL,
    /** Fewer diners, a number must follow: 少, 减. */
    FEWER,
    /** More diners: 加, 增加, 多两个. */
    ADD,
    /** The sender corrects a figure just said: 不对, 说错了, 更正. */
    CORRECTION,
    /** The figure will come later: 晚点再报, 再确认, 具体人数. */
    DEFER,
    /** Someone cannot find their way: 迷路, 找不到路. */
    LOST_WAY,
    /** The rest of the delegation: 剩下的, 其余, 其他人. A cancellation beside it is only part of it. */
    REST,
    /** Some people within the figure just said: 其中. What it says of them is a statement of its own. */
    AMONG,
    /** A batch of the delegation named by its order: 第一批, 第二批, 另一批. A new batch starts a new movement. */
    BATCH,
    /** Something looked for and not found, a problem even when asked as a question: 找不到车, 没看到. */
    MISSING,
    /** Turns to another matter: 另外, 还有就是. */
    ASIDE,
    /** Goes on to the next statement in speech with no punctuation: 然后, 接着. */
    THEN,
    /** A plan not fixed yet, so neither a movement nor a problem: 还没定, 未定. */
    UNDECIDED,
    /** 需要: a request to act, except in a question that asks whether something is needed (需要送站吗). */
    NEED,
    /** Put somewhere, not arriving: 被分到, 安排到. */
    ASSIGNED,
    /** The header of a list (接龙, 统计): its day and meal carry to the lines, it states nothing itself. */
    HEADER,
    /** About to happen, not yet a report: 马上, 快到, 一会儿. */
    SOON,
    /** Thanks and greetings, never a report by themselves: 谢谢, 辛苦了. */
    TALK,
    /** As planned, a report all the same: 照常, 正常, 按原计划, 不变. */
    AS_PLANNED,
    /** A word about eating, so 中午/晚上 mean a meal: 吃, 用餐, 报餐. */
    EAT,
    /** The place of a meal that is the event's own (在九院吃, 在这边吃): the words of the place, not the eating. */
    HERE,
    /** The event's own dining place or hotel named by itself beside a meal (江苏中午九院自助34个): no statement. */
    PLACE_OURS,
    /** Moves a plan to another time: 提前到, 改到. */
    CHANGE,
    /** The old plan: 原定, 原计划. */
    PLANNED,
    HEALTH,
    HYGIENE,
    /** A meal problem or special diet: 只剩面条, 清真. */
    MEAL_PROBLEM,
    /** Something lost or a complaint: 丢了, 投诉. */
    OTHER_PROBLEM,
    /** Something wrong or a request to act: 坏了, 找不到, 能不能, 需要. */
    PROBLEM,
    /** A fitting or service that does not work, which makes a room problem ROOM even when it smells: 堵, 坏了. */
    BROKEN,
    /** A request to act, which makes even a question an issue: 能不能, 麻烦, 需要. */
    REQUEST,
    TOPIC_VEHICLE,
    TOPIC_ROOM,
    /** The room or one of its fittings, which makes a problem ROOM even beside a vehicle that names the group: 房间, 热水. */
    ROOM_ITSELF,
    TOPIC_MEAL,
    /** Belongings and papers: 参赛证, 行李, 手机. */
    TOPIC_OTHER,
    /** Money and paperwork, an OTHER matter wherever it happens: 发票, 报销. */
    TOPIC_ADMIN,
    /** Someone cannot be reached or found: 关机, 失联, 联系不上. A problem even when asked as a question. */
    UNREACHABLE,
    /**
     * Someone ill or hurt right now (发烧了, 摔伤), or the food run out (只剩面条): a problem even when the
     * message asks about it.
     */
    ILL,
    /** Something to lend, give or provide: 借, 提供, 给几. A request even when asked as a question. */
    PROVIDE,
    /** The problem said before is settled: 已经好了, 没事了, 已修好. */
    SETTLED,
    /**
     * A coordinator or a service unit speaking of its own service (早餐推迟到7点半开始, 各房间如果不热请打前台,
     * 用车需要提前报): from a coordinator, a notice like {@link #NOTICE}; from a liaison, nothing.
     */
    SERVICE_NOTICE,
    /** A room change asked for or wanted: 换一间, 换个房间. */
    ROOM_CHANGE,
    /** A report said to be logged already: 已登记, 记下了. */
    LOGGED,
    /** Food that is no meal of the event (下午茶, 水果): its figure is no meal's. */
    SNACK,
    /** Still so now, which keeps a problem of the past open: 现在还, 一直, 仍然. */
    ONGOING,
    /**
     * Care at a hospital (医院, 陪护, 复查): a health matter only when someone needs it; beside a meal or
     * visit report it is the reason people are away.
     */
    CARE,
    /** Praise for someone (点赞, 人很好): help said beside it was given, not asked for. */
    PRAISE,
    /** Cleaning asked for or not done (打扫, 保洁): a mess to clean is HYGIENE even when someone was sick. */
    CLEAN
}
