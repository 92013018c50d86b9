package org.receptionbot.parse;

/**
 * The cue words that take diners off a meal ({@link Cue#CANCEL}): not eating, eating elsewhere, not back for the meal,
 * the meal not to be kept, waived or missed. Registered in {@link FigureCues}'s place among the figure cues.
 */
final class MealCancelCues {

    private MealCancelCues() {}

    static void register(CueTable t) {
        t.add(
                Cue.CANCEL,
                "不吃 不来了 不过来了 不用餐 不就餐 不来吃 不过来吃 在外面吃 在外吃 在外用餐 在外面用餐 在外就餐 在外面就餐 外出吃 外出用餐 外出就餐"
                        + " 出去吃 出去用餐 出去就餐 出去聚餐"
                        // 6个在考察点吃 其他人回酒店吃: eating at the visit's site is not at the hotel.
                        + " 在考察点吃 在考察地吃 在考察点用餐 在考察地用餐 在考察点就餐 在考察现场吃"
                        + " 不参加 不出席 请假 自行解决 自行用餐 自行就餐 自己解决 自己吃 取消 不用准备 不需要准备 不必准备 别准备 不准备 不用留 不用备 不订 不报 退餐"
                        + " 不在酒店吃 不在宾馆吃 不在餐厅吃 不在这吃 不在驻地吃 不在酒店用餐 不在宾馆用餐 不在餐厅用餐 不在这边吃 不回来吃 不回酒店吃"
                        + " 不下来吃 不下楼吃");
        // 不用取消了 照常吃: a cancel taken back is read by CancelTakenBack over the hits.
        // 宵夜不用了, 明天晚饭也就不用了: a meal no longer needed is not eaten (我说不用了 answers someone).
        t.guarded(Cue.CANCEL, "不用了", "说", new String[0], null);
        // 明日早餐42人，午餐不用；: a meal no longer needed, the statement ending there.
        t.guarded(Cue.CANCEL, "餐不用", "", new String[0], ",，。;；!！\n");
        t.guarded(Cue.CANCEL, "饭不用", "", new String[0], ",，。;；!！\n");
        // 晚饭就不用给我们留了: no need to keep the meal for them.
        for (String no : new String[] {"不用", "不要", "别", "不需要", "不必"})
            for (String whom : new String[] {"给我们", "帮我们", "给他们", "给", "替我们"})
                for (String keep : new String[] {"留", "准备", "备"}) t.add(Cue.CANCEL, no + whom + keep);
        // 早饭就别算他们俩了, 午饭不用算那两个了: people not to be counted at a meal are fewer diners (北海那2个不算
        // only says who a figure leaves out).
        for (String no : new String[] {"不用", "别", "不需要", "不必", "无需"})
            for (String count : new String[] {"算", "算上", "算进去", "计", "统计"}) t.add(Cue.CANCEL, no + count);
        // 今晚不回来住的房间都保留: not back to sleep is the lodging, no meal.
        t.guarded(Cue.CANCEL, "不回来", "", new String[] {"了", "住"}, null);
        // 中午不回来了: with its part of the day, 不回来了 is that meal not eaten (alone, it restates the one before).
        t.add(Cue.CANCEL, "中午不回来 晚上不回来 早上不回来 中午就不回来 晚上就不回来 早上就不回来 中午都不回来 晚上都不回来");
        // 中午不回了, 晚上就不回了: not back at that part of the day, said short.
        for (String part : new String[] {"中午", "晚上", "早上"})
            for (String adverb : new String[] {"", "就", "都"}) t.add(Cue.CANCEL, part + adverb + "不回了");
        // 晚饭不回了, 晚饭在北海吃不回来了: not back for the meal named, or eating where they are.
        for (String meal : new String[] {"晚饭", "午饭", "早饭", "晚餐", "午餐", "早餐", "晚宴"})
            for (String adverb : new String[] {"", "就", "都", "也"}) t.add(Cue.CANCEL, meal + adverb + "不回了");
        t.add(Cue.CANCEL, "吃不回来了 吃完再回 吃了再回");
        // 中午就不回酒店了: not back at the event's own place at that part of the day, the meal is not eaten there.
        for (String place : new String[] {"酒店", "宾馆", "民宿", "驻地", "餐厅", "住地"}) notBackTo(t, place);
        // 宵夜免了, 早饭就免掉吧: the meal waived is not eaten.
        t.add(Cue.CANCEL, "免了 免掉");
        // 晚餐唔食 (Cantonese), 早饭来不及吃了, 中午都不回去了: said in other words, the meal is not eaten.
        t.add(Cue.CANCEL, "唔食 唔吃 不食 来不及吃 顾不上吃 中午不回去 晚上不回去 早上不回去 中午就不回去 晚上就不回去 中午都不回去 晚上都不回去");
        // 晚宴赶不上了: a meal missed is not eaten (赶不上车 is the train; 怕赶不上, 担心赶不上 only fear it).
        t.guarded(Cue.CANCEL, "赶不上", "怕心", new String[0], "了,，。!！ \n");
        // 江西今晚山庄没人吃 都去考察了: nobody of the delegation eats the meal.
        t.add(Cue.CANCEL, "没人吃 没有人吃");
        // 晚宴来不了了 飞机晚点: the meal the people cannot come to is not eaten (开幕式也来不了 is no meal).
        for (String meal : new String[] {"宴", "饭", "餐"})
            t.guarded(Cue.CANCEL, meal + "来不了", "", new String[0], "了,，。!！ \n");
    }

    /** 中午不回九院了, 晚上就不回酒店了: not back at {@code place} at a part of the day, the meal is not eaten there. */
    static void notBackTo(CueTable t, String place) {
        for (String part : new String[] {"中午", "晚上", "早上"})
            for (String adverb : new String[] {"", "就", "都"}) t.add(Cue.CANCEL, part + adverb + "不回" + place);
    }
}
