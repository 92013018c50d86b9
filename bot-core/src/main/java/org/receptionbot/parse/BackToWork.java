package org.receptionbot.parse;

import java.util.List;

/**
 * "广西厅中午12个人 晚饭只有6个 其他的回单位了", "广西的都回单位了 晚上不在山庄吃": people going back to their own office
 * (回单位, 回办公室) beside the meal they miss are why the meal's figure is what it is; with no day, time or ticket of
 * its own it is no departure from the event (有一个临时要回单位 下午的航班 MU5208 leaves by its flight).
 */
final class BackToWork {
    private static final String[] OFFICE = {"回单位", "回办公室", "回各自单位"};

    private BackToWork() {}

    /** Takes out such a going back beside a meal of the message. */
    static void drop(Drafts drafts) {
        List<Draft> all = drafts.list();
        boolean meal = false;
        for (Draft d : all) meal |= d.isMeal();
        if (meal) drafts.dropIf(BackToWork::toOffice);
    }

    private static boolean toOffice(Draft d) {
        if (d.kind != Draft.Kind.DEPARTURE || d.time != null || d.transport != null) return false;
        for (String w : OFFICE) if (d.statement.contains(w)) return true;
        return false;
    }
}
