package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * Clothes sent to be washed ("洗的队服放洗衣房一天了还没烘干 能不能催一下", "少了两件队服 洗衣房说没看到"): the laundry is a
 * service of its own, not the delegation's room, so its problem is {@code OTHER}. A fault of the room itself said in the
 * clause (房间, 热水, 马桶) keeps the room's.
 */
final class LaundryMatters {
    private static final String[] LAUNDRY = {"洗衣房", "洗衣服务", "洗衣店", "送洗", "干洗", "洗的衣服", "洗的队服", "烘干"};

    private LaundryMatters() {}

    /** The category a room problem takes when the message is about the laundry; others unchanged. */
    static IssueCategory recast(IssueCategory category, Clause c, String message) {
        if (category != IssueCategory.ROOM || c.has(Cue.ROOM_ITSELF)) return category;
        for (String w : LAUNDRY) if (message.contains(w)) return IssueCategory.OTHER;
        return category;
    }
}
