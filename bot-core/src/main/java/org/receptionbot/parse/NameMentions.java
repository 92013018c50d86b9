package org.receptionbot.parse;

import java.util.List;

/** Words of the event: meal words, site-visit routes and delegations by name or alias, the longest that fits. */
final class NameMentions {
    private static final DayPart[] SINGLE_MEAL_PARTS = {DayPart.MORNING, DayPart.NOON, DayPart.EVENING};

    private final Lexicon lexicon;

    NameMentions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void meals(Spans s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            if (s.taken(i)) continue;
            String single = singleMeal(text, i);
            if (single != null && s.free(i, i + 1)) {
                s.add(new Mention.Meals(List.of(single), i, i + 1));
                continue;
            }
            List<Lexicon.MealWord> words = lexicon.mealWordsStartingWith(text.charAt(i));
            for (int k = 0, n = words.size(); k < n; k++) {
                Lexicon.MealWord w = words.get(k);
                int end = i + w.text().length();
                if (!text.startsWith(w.text(), i) || !s.free(i, end)) continue;
                if (w.text().equals("早点") && sooner(text, i, end)) continue;
                s.add(new Mention.Meals(lexicon.inServingOrder(w.ids()), i, end));
                i = end - 1;
                break;
            }
        }
    }

    /**
     * 早点到, 早点开饭, 要早点吃, 能不能早点吃: 早点 is "earlier" before a movement or opening, or after a wish
     * (要, 想, 能, 得, 尽量) before eating; no breakfast.
     */
    private static boolean sooner(String text, int at, int end) {
        if (end >= text.length()) return false;
        char next = text.charAt(end);
        if ("到走来去出回休集睡起开".indexOf(next) >= 0) return true;
        return next == '吃' && at > 0 && "要想能得请量微以".indexOf(text.charAt(at - 1)) >= 0;
    }

    /**
     * "渝 晚+2", "早-3": one character of the day (早, 午, 晚) opening a statement right before a change and
     * a figure (signs are folded into 加/少) is that meal; otherwise null.
     */
    private String singleMeal(String text, int i) {
        int part = "早午晚中".indexOf(text.charAt(i));
        if (part < 0 || i + 1 >= text.length()) return null;
        DayPart meant = part == 3 ? DayPart.NOON : SINGLE_MEAL_PARTS[part];
        // 湖北明天早60 中55 晚60: right after a day word, a meal's figure that cannot be a clock hour.
        if (DayThenMeal.figure(text, i)) return lexicon.mealOf(meant);
        if (i > 0 && Clause.SEPARATORS.indexOf(text.charAt(i - 1)) < 0 && "：:".indexOf(text.charAt(i - 1)) < 0)
            return null;
        // 滇 午30 晚55, 早7 中7: the character of the day right before the meal's figure (not 早7点, a clock time).
        if (Character.isDigit(text.charAt(i + 1))) return figureOnly(text, i + 1) ? lexicon.mealOf(meant) : null;
        if (part == 3 || i + 2 >= text.length()) return null;
        if ("加少减".indexOf(text.charAt(i + 1)) < 0 || !Character.isDigit(text.charAt(i + 2))) return null;
        return lexicon.mealOf(meant);
    }

    /** Whether the digits from {@code from} are a figure ending the word: no clock time, date or unit of time after. */
    private static boolean figureOnly(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        if (end - from > 3) return false;
        return end == text.length() || "点:：.时分号月日年/-".indexOf(text.charAt(end)) < 0;
    }

    /** 北海线, 北海, 北海组: a route by its name or an alias, the longest that fits. */
    void routes(Spans s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            for (Lexicon.Form f : lexicon.routeFormsStartingWith(text.charAt(i))) {
                int end = i + f.text().length();
                if (!text.startsWith(f.text(), i) || !s.free(i, end)) continue;
                if (end < text.length() && "线组".indexOf(text.charAt(end)) >= 0 && s.free(end, end + 1)) end++;
                // 北海福成机场, 今天住柳州, 百色回来的: the city as a place, no route.
                if (RoutePlaces.place(text, i, end)) {
                    i = end - 1;
                    break;
                }
                s.add(new Mention.Route(f.id(), i, end));
                i = end - 1;
                break;
            }
        }
    }

    void teams(Spans s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            if (s.taken(i)) continue;
            int run = shortNames(s, i);
            if (run > 0) {
                i += run - 1;
                continue;
            }
            List<Lexicon.Form> forms = lexicon.formsStartingWith(text.charAt(i));
            for (int k = 0, n = forms.size(); k < n; k++) {
                Lexicon.Form f = forms.get(k);
                int end = i + f.text().length();
                if (!text.startsWith(f.text(), i) || !s.free(i, end)) continue;
                int full = end;
                for (String suffix : lexicon.teamSuffixes()) {
                    if (text.startsWith(suffix, end) && s.free(end, end + suffix.length())) {
                        full = end + suffix.length();
                        break;
                    }
                }
                boolean single = f.text().length() == 1;
                if (single && (full == end || (i > 0 && Normalizer.isHan(text.charAt(i - 1))))) continue;
                // 直接回北京, 返回上海, 北海飞北京: a delegation's place after 回/返/飞 is where someone goes, not who.
                if (i > 0 && "回返".indexOf(text.charAt(i - 1)) >= 0) continue;
                if (i > 0 && text.charAt(i - 1) == '飞' && (i < 2 || text.charAt(i - 2) != '起')) continue;
                // D3618去厦门: the city a train or flight goes to.
                if (TransportDestination.follows(text, i)) continue;
                // 要和住建部开个小会: a delegation met with is not who.
                if (MeetingPartner.met(text, i, full)) {
                    i = full - 1;
                    break;
                }
                s.add(new Mention.Team(f.id(), i, full));
                i = full - 1;
                break;
            }
        }
    }

    /**
     * "湘鄂两个团", "川渝两个厅", "京津各1人": delegations' one-character names run together, then how many
     * they are or 各; each is a delegation. How many characters it took, else 0.
     */
    private int shortNames(Spans s, int i) {
        String text = s.text;
        if (i > 0 && Normalizer.isHan(text.charAt(i - 1))) return 0;
        // Most places start no delegation's one-character name: no list for them.
        if (shortName(text.charAt(i)) == null) return 0;
        List<String> ids = new java.util.ArrayList<>();
        int at = i;
        while (at < text.length() && s.free(at, at + 1)) {
            String id = shortName(text.charAt(at));
            if (id == null || ids.contains(id)) break;
            ids.add(id);
            at++;
        }
        if (ids.size() < 2 || !groupAfter(text, at, ids.size())) return 0;
        for (int k = 0; k < ids.size(); k++) s.add(new Mention.Team(ids.get(k), i + k, i + k + 1));
        return ids.size();
    }

    /** The delegation whose one-character name (the last put, when several) is {@code c}, or null. */
    private String shortName(char c) {
        String id = null;
        List<Lexicon.Form> forms = lexicon.formsStartingWith(c);
        for (int k = 0, n = forms.size(); k < n; k++)
            if (forms.get(k).text().length() == 1) id = forms.get(k).id();
        return id;
    }

    /** Words after short names that say they are so many delegations (两个团, 两厅, 三家, 各). */
    private static boolean groupAfter(String text, int at, int n) {
        if (text.startsWith("各", at)) return true;
        String number = n == 2 ? "两俩二2" : n == 3 ? "三仨3" : n == 4 ? "四4" : "";
        if (at >= text.length() || number.indexOf(text.charAt(at)) < 0) return false;
        int k = at + 1;
        if (k < text.length() && (text.charAt(k) == '个' || text.charAt(k) == '家')) k++;
        return k < text.length() && "团厅省市地家局委".indexOf(text.charAt(k)) >= 0;
    }
}
