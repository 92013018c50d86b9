package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The cue words and where they occur in a message. A word may be guarded by characters that must not
 * come right before it (少 after 多 is 多少) and by texts that must not follow it (走 before 廊); the
 * words themselves are listed in {@link StatementCues}, {@link FigureCues}, {@link IssueCues} and
 * {@link PlainWords}.
 */
final class CueTable {

    /** One occurrence of a cue word. */
    record Hit(Cue cue, int start, int end) {}

    private final CueIndex words = new CueIndex();
    private final EatingAway eatingAway;

    CueTable(EatingAway eatingAway) {
        this.eatingAway = eatingAway;
        StatementCues.register(this);
        MovementCues.register(this);
        FigureCues.register(this);
        IssueCues.register(this);
        ServiceNotices.register(this);
        MealTakenAlong.register(this);
        AnsweredMatters.register(this);
        // 江苏中午九院自助34个: the event's own place named beside a meal's figure says nothing more.
        for (String name : eatingAway.ownNames()) {
            add(Cue.PLACE_OURS, name);
            MealCancelCues.notBackTo(this, name);
        }
        words.build();
    }

    /** Every cue word in {@code text}, in order of position (overlapping words of different cues all count). */
    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            phrases(text, i, hits);
            for (CueWord w : words.at(text, i)) {
                if (text.startsWith(w.text(), i) && !w.excluded(text, i) && w.allowed(text, i)) {
                    hits.add(new Hit(w.cue(), i, i + w.text().length()));
                }
            }
        }
        CancelTakenBack.apply(hits, text);
        EitherAsked.apply(hits, text);
        Warned.apply(hits, text);
        FigureCues.putBack(hits, text);
        ServiceNotices.dietOverCancel(hits);
        ThingCancelled.apply(hits, text);
        IssueCues.noDiet(hits, text);
        return hits;
    }

    /** Cues of a few words with something between them (不在宾馆吃, 去外面吃, 还有5人没吃), found before the words at {@code i}. */
    private void phrases(String text, int i, List<Hit> hits) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (c == '不' && next == '在') eatingElsewhere(text, i, 2, 8, hits);
        // 中午不在 去游览大峡谷, 晚上都不在: a meal's part of the day said away, ending there, is the meal not eaten.
        if (c == '不' && next == '在' && MealAway.said(text, i)) hits.add(new Hit(Cue.CANCEL, i, i + 2));
        if (c == '不' && next == '回') eatingElsewhere(text, i, 2, 6, hits);
        if (c == '在' && next == '外' || c == '外' && next == '出') eatingElsewhere(text, i, 2, 4, hits);
        // 中午外面吃, 中午在外面: a meal eaten outside, said with no 在 or no 吃 (EatingOutside.outside).
        if (c == '在' && next == '外' || c == '外' && (i == 0 || text.charAt(i - 1) != '在'))
            EatingOutside.outside(text, i, hits);
        if (c == '去') eatingAway.scan(text, i, hits);
        if (c == '在' && next != '外') {
            int before = hits.size();
            eatingAway.scanAt(text, i, hits);
            // 在党校吃完再出发: the meal is eaten there before leaving, not missed.
            if (hits.size() > before
                    && eatenThenLeaving(text, hits.get(hits.size() - 1).end())) hits.remove(hits.size() - 1);
        }
        // 中午回土家山寨吃 35: going back to eat at one of the event's own places is eating here (elsewhere stays
        // unread: 回市里吃 is no meal taken off by itself).
        if (c == '回' && i + 1 < text.length()) {
            List<Hit> back = new ArrayList<>();
            eatingAway.scanAt(text, i, back);
            for (Hit h : back) if (h.cue() == Cue.HERE) hits.add(h);
        }
        if (c == '还' && next == '有') PlainWords.notFed(text, i, hits);
        // 车在酒店后门: where the vehicle waits.
        if (c == '车') AnsweredMatters.vehicleAt(text, i, hits);
        // 坐不下，加了8号中巴: a vehicle added, the matter handled.
        if (c == '加' || c == '已' || c == '又') VehicleAdded.scan(text, i, hits);
    }

    private static final String[] THEN_LEAVING = {"完再出发", "完再走", "完就走", "完出发", "了再出发", "了再走"};

    private static boolean eatenThenLeaving(String text, int at) {
        for (String w : THEN_LEAVING) if (text.startsWith(w, at)) return true;
        return false;
    }

    /**
     * 不在九院吃, 不在宾馆用餐, 在外面聚餐: a word that puts the meal elsewhere, a place of a few
     * characters, then eating.
     */
    private static void eatingElsewhere(String text, int at, int word, int place, List<Hit> hits) {
        int limit = Math.min(text.length(), at + word + place);
        for (int i = at + word; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i) || text.startsWith("聚餐", i)) {
                hits.add(new Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }

    /** Words of one cue, separated by spaces, with no guard. */
    void add(Cue cue, String list) {
        for (String w : list.split(" "))
            if (!w.isEmpty()) words.put(new CueWord(w, cue, "", new String[0], null, false));
    }

    void guarded(Cue cue, String word, String notAfter, String[] notBefore, String onlyBefore) {
        words.put(new CueWord(word, cue, notAfter, notBefore, onlyBefore, false));
    }

    /** A word that counts only when one of {@code next} follows it (吃了55个人 is the past, 不吃了 is not). */
    void followedBy(Cue cue, String word, String next) {
        words.put(new CueWord(word, cue, "", new String[0], next, true));
    }
}
