package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "需要派车去医院接吗", "天津的 退房要延一下吗", "湖北扭伤的要不要派车去医院": a coordinator asking a liaison whether they
 * want a service offers it; nobody has asked for anything yet. A problem said in the clause (房卡刷不开 要不要换一张,
 * 有个发烧了 需要医生吗), or before it (饭快不够了 要不要加菜), stands; people named by their illness (扭伤的, 发烧那个) were reported before.
 */
final class CoordinatorOffers {
    /** 需要…吗, 要…吗, 要不要, 需不需要: a yes-or-no offer. */
    private static final Pattern OFFER = Pattern.compile("要不要|需不需要|(?:需要|要)[^，,。！!]{0,12}[吗么][？?]?$");

    private CoordinatorOffers() {}

    /** Whether the clause, from no delegation, offers a service and says no problem. */
    static boolean said(Clause c, Reading reading, List<Clause> clauses) {
        if (reading.sender() != null) return false;
        String words = c.span().strip();
        Matcher offer = OFFER.matcher(words);
        if (!offer.find()) return false;
        // 饭快不够了 要不要加菜: a problem said before the offer in the same stretch.
        if (c.has(Cue.PROBLEM) && c.at(Cue.PROBLEM) - c.start < offer.start()) return false;
        // 饭快不够了 还有三个团没来 要不要加菜: the offer answers a problem said before it.
        for (Clause o : clauses) if (o.start < c.start && CueGroups.WRONG_OR_ASKED.in(o)) return false;
        if (c.has(Cue.BROKEN)
                || c.has(Cue.HYGIENE)
                || c.has(Cue.MEAL_PROBLEM)
                || c.has(Cue.OTHER_PROBLEM)
                || c.has(Cue.MISSING)
                || c.has(Cue.UNREACHABLE)
                || c.has(Cue.ILL)) return false;
        return !c.has(Cue.HEALTH) || HealthMatters.knownPatient(c, false);
    }
}
