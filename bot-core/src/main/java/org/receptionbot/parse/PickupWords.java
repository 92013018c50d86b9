package org.receptionbot.parse;

/**
 * The words of {@link PickedUp}: how a pickup is said as done, who is met, and what is said after it; and of
 * {@link PickupAfterArrival}: a pickup asked after an arrival.
 */
final class PickupWords {
    /** The verbs of meeting people at the station or the airport. */
    static final String[] VERBS = {"接到", "接上"};
    /** Characters right before the verb that make it no pickup done (没接到, 去接上, 要接到, 谁接到). */
    static final String NOT_DONE_BEFORE = "没未去要来再谁能好会将准该得";
    /** What is received rather than met, right after the verb (接到通知, 接到电话). */
    static final String[] RECEIVED = {"通知", "电话", "消息", "短信", "信息", "指示", "任务", "邮件", "微信", "命令", "请求"};
    /** Adverbs before the verb that say the pickup is done (已经接到, 刚接上). */
    static final String[] DONE = {"已经", "已", "刚刚", "刚", "都", "全部", "全"};
    /** Words before the verb that say nothing of it: particles of a report opened with the verb. */
    static final String[] LEAD = {"也", "现在", "这边", "我们", "我这边"};
    /** Who is met, between the delegation and its figure or after the figure (贵州8位队员, 北京队员20人). */
    static final String[] PEOPLE = {"的", "队员", "运动员", "同志", "老师", "领导", "代表", "员", "人", "了", "啦"};
    /** The sender's own people, in place of a delegation (接到我们5个人). */
    static final String[] OWN = {"我们", "咱们", "我们队", "我们团"};
    /**
     * Setting off with the people met, said after the pickup (往酒店走了, 马上回, 出发了, 在路上): the way here, no
     * departure, and the pickup is done.
     */
    static final String[] ON_THE_WAY = {
        "往", "朝", "马上回", "马上出发", "准备回", "准备出发", "出发了", "已出发", "在路上", "路上了", "回酒店", "回宾馆", "回来了", "返回", "走了", "开了",
        "上车了", "都上车", "已上车", "出发去", "去酒店", "去宾馆"
    };
    /** The whole team met, said after the pickup (人齐, 到齐了, 一个不少): the pickup is done. */
    static final String[] ALL_MET = {"人齐", "到齐", "都齐", "全齐", "齐了", "一个不少", "一个没少", "全部接到", "都接到"};
    /** Words of thanks or acknowledgement that may close the message (谢谢师傅). */
    static final String[] CLOSING = {"谢谢", "感谢", "辛苦"};
    /** Characters that end a phrase of the message. */
    static final String PAUSE = ",，。;；!！\n~～ ";

    /** Words of a pickup asked or arranged after an arrival. */
    static final String[] PICKUP_ASKED = {
        "去接", "来接", "车接", "接一下", "接下", "接站", "接机", "派车", "派个车", "安排车", "安排个车", "安排一下车", "安排辆车", "几号车"
    };
    /** Words of a question where to go or whom to meet on arriving. */
    static final String[] QUESTION_ON_ARRIVING = {"吗", "么", "?", "？", "谁", "哪"};
    /** Openings of what the people do on arriving (到了是直接去…吗, 到了联系谁, 落地后…). */
    static final String[] ON_ARRIVING = {"到了", "到时", "落地后", "到站后", "下车后", "出站后", "直接去", "直接到"};

    /**
     * Words that make the phrase a remark or a problem, not a pickup asked (没看到车, 电话也没人接, 车已经在等了), past the
     * opening of arriving (到了…).
     */
    static final String[] NOT_ASKED = {"没", "不", "已", "了", "在等"};

    private PickupWords() {}
}
