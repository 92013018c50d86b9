package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/** The meal words a word of sameness is about ({@link SameMeal}): the meals said just before it, or a part of the day. */
final class SameMealMentions {
    /** Words that may stand between the meal and the word of sameness (晚饭人数也一样). */
    private static final int GAP = 4;

    private final Lexicon lexicon;

    SameMealMentions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The meal word just before the word of sameness, with no figure between them. */
    Mention.Meals before(List<Mention> mentions, String text, int at) {
        Mention.Meals best = null;
        for (Mention x : mentions) {
            Mention.Meals ms = meals(x);
            if (ms != null && ms.end() <= at && at - ms.end() <= GAP) best = ms;
        }
        if (best == null) return null;
        for (int i = best.end(); i < at; i++) if (Character.isDigit(text.charAt(i))) return null;
        // 晚上51个 跟中午一样: the meal likened to is not the one said the same; 晚饭跟中午一样 is the one before.
        int liken = MealLikening.likeningAt(text, 0, best.start());
        if (liken >= 0) return likening(mentions, liken);
        return joined(mentions, text, best);
    }

    /** "中午晚上也是", "中午和晚上也是": the meals said together right before {@code last} are the same too. */
    private Mention.Meals joined(List<Mention> mentions, String text, Mention.Meals last) {
        List<String> ids = new ArrayList<>(last.ids());
        int start = last.start();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention.Meals ms = meals(mentions.get(i));
            if (ms == null || ms.end() > start) continue;
            boolean next = ms.end() == start || ms.end() + 1 == start && "和、跟与及".indexOf(text.charAt(ms.end())) >= 0;
            if (!next) break;
            for (String id : ms.ids()) if (!ids.contains(id)) ids.add(0, id);
            start = ms.start();
        }
        return start == last.start() ? last : new Mention.Meals(List.copyOf(ids), start, last.end());
    }

    /** The meal word right before the likening word at {@code at} (晚饭跟中午一样), or null. */
    private Mention.Meals likening(List<Mention> mentions, int at) {
        for (Mention x : mentions) {
            Mention.Meals ms = meals(x);
            if (ms != null && ms.end() == at) return ms;
        }
        return null;
    }

    /** A meal word, or a part of the day that names a meal (中午36个): as the meals it names; else null. */
    Mention.Meals meals(Mention x) {
        if (x instanceof Mention.Meals ms) return ms;
        if (!(x instanceof Mention.Part p)) return null;
        String id = switch (p.part()) {
            case MORNING -> lexicon.morningMeal;
            case NOON -> lexicon.noonMeal;
            case EVENING -> lexicon.eveningMeal;
            default -> null;
        };
        return id == null ? null : new Mention.Meals(List.of(id), p.start(), p.end());
    }
}
