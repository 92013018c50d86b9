package org.receptionbot.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot.Serving;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * What is said of meal reports that {@link Settlement} keeps from changing a served meal: the meal,
 * the figure that stands, and /actual for the actual diners, with the venue's figure that the
 * refused report implies, ready to register.
 */
public final class SettledText {
    private final Event event;
    private final MealBoards boards;
    private final RecordText texts;

    /** The line that tells a liaison whom to tell of the actual diners. */
    private static final String ASK_THEM = "实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。";

    /**
     * {@code said} with the line that tells a liaison whom to tell replaced by {@code told}, which says they were told
     * already; {@code told} added when {@code said} has no such line (a coordinator's answer).
     */
    public static String toldAlready(String said, String told) {
        if (said.contains(ASK_THEM)) return said.replace(ASK_THEM, told);
        return said.isEmpty() ? told : said + "\n" + told;
    }

    public SettledText(Event event, Ledger ledger) {
        this.event = event;
        this.boards = new MealBoards(event, ledger);
        this.texts = new RecordText(event);
    }

    /**
     * The lines for the meal reports not recorded ({@code refused}) and those kept from being taken
     * back ({@code kept}); empty when nothing changes for them (an edit that left them as they were).
     * Only to a sender who registers actual diners ({@code registers}: a coordinator) is the /actual line
     * offered; a liaison is told whom to tell.
     */
    public Optional<String> said(List<Record> refused, List<Record> kept, Instant now, boolean registers) {
        if (refused.equals(kept)) return Optional.empty();
        Map<Serving, List<MealRecord>> refusedBy = Serving.of(refused);
        Map<Serving, List<MealRecord>> servings = Serving.of(kept);
        servings.keySet().removeAll(refusedBy.keySet());
        List<String> lines = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        // 今晚33人 打包5份 after dinner opened at 33: the figure that stands, said again, is no change refused
        List<Serving> same = refusedBy.entrySet().stream()
                .filter(e -> sameFigure(e.getValue(), stands(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        same.forEach(s -> lines.add(texts.serving(refusedBy.get(s).get(0)) + " "
                + refusedBy.get(s).stream().map(texts::what).collect(Collectors.joining("，")) + "，与已报人数相同，未变化。"));
        refusedBy.keySet().removeAll(same);
        // 航班延误 22点才到 晚饭不吃了 while the dinner is served: a team not yet there is counted at none, so its
        // cancellation changes nothing the kitchen cooks for; said plainly, never refused as if it could not cancel
        List<Serving> absent = refusedBy.keySet().stream()
                .filter(s -> notArrived(s, refusedBy.get(s)))
                .toList();
        absent.forEach(s -> lines.add("已知悉：" + texts.serving(refusedBy.get(s).get(0)) + " "
                + refusedBy.get(s).stream().map(texts::what).collect(Collectors.joining("，"))
                + "。该团尚未抵达，该餐已按0人计、未为其备餐，无需变更。"));
        refusedBy.keySet().removeAll(absent);
        if (refusedBy.isEmpty() && servings.isEmpty()) return Optional.of(String.join("\n", lines));
        refusedBy.forEach((s, rs) -> {
            int stands = stands(s);
            lines.add("未记录：" + texts.serving(rs.get(0)) + " "
                    + rs.stream().map(texts::what).collect(Collectors.joining("，")) + "。该餐已开餐，报餐人数" + stands
                    + "人是结算依据，不再变更。");
            implied(stands, rs)
                    .filter(n -> n != stands)
                    .flatMap(n -> offer(s, n - stands, now))
                    .ifPresent(offers::add);
        });
        servings.forEach((s, rs) -> lines.add(texts.serving(rs.get(0)) + "已开餐，报餐人数" + stands(s) + "人是结算依据，不能撤销。"));
        if (!registers) {
            refusedBy.forEach(
                    (s, rs) -> stillOpen(s, rs).filter(l -> !lines.contains(l)).ifPresent(lines::add));
            lines.add(ASK_THEM);
            return Optional.of(String.join("\n", lines));
        }
        lines.add("实际就餐人数如有出入，请协调组或餐饮保障组用 /actual 登记。");
        lines.addAll(offers);
        return Optional.of(String.join("\n", lines));
    }

    /**
     * Whether the refused reports of a serving only take diners off ({@code 不吃了}, 少5人, 0人) for a delegation none of
     * whose people are there yet, counted at none.
     */
    private boolean notArrived(Serving s, List<MealRecord> rs) {
        var count = boards.count(s.date(), event.meal(s.meal()).orElseThrow(), s.delegation());
        return count.diners() == 0
                && count.stay() == org.receptionbot.ledger.DinerCount.Stay.NOT_ARRIVED
                && rs.stream()
                        .allMatch(r -> r instanceof MealCancel
                                || r instanceof MealCount m && m.count() != null && m.count() == 0);
    }

    /** Whether the refused reports of a serving are its standing figure said again (报餐33人 at 33). */
    private static boolean sameFigure(List<MealRecord> rs, int stands) {
        return rs.stream().allMatch(r -> r instanceof MealCount m && m.count() != null && m.count() == stands);
    }

    /**
     * What the liaison can still do for the meal: "明天的晚餐仍可报送：请写明日期，如“明天晚餐少5人”。" when the delegation
     * has that meal tomorrow; empty on the last day.
     */
    private Optional<String> stillOpen(Serving s, List<MealRecord> rs) {
        if (!event.serves(s.delegation(), s.date().plusDays(1))) return Optional.empty();
        String label = event.meal(s.meal()).map(Meal::label).orElse(s.meal());
        String example = example(rs.get(rs.size() - 1));
        return Optional.of(
                "明天的" + label + "仍可报送：请写明日期" + (example == null ? "" : "，如“明天" + label + example + "”") + "。");
    }

    /** The refused report said again for another day: 少5人, 加2人, 30人, 不吃; null for 照常. */
    private static String example(MealRecord r) {
        if (r instanceof MealCount c) return c.asPlanned() ? null : c.count() + "人";
        if (r instanceof MealCancel c) return c.wholeDelegation() ? "不吃" : "少" + c.count() + "人";
        if (r instanceof MealAdd a) return "加" + a.count() + "人";
        return null;
    }

    private int stands(Serving s) {
        return boards.count(s.date(), event.meal(s.meal()).orElseThrow(), s.delegation())
                .diners();
    }

    /** "按本条计，九院宾馆自助餐厅实到407人：/actual 九院宾馆自助餐厅 午餐 407 11月30日". */
    private Optional<String> offer(Serving s, int change, Instant now) {
        Meal meal = event.meal(s.meal()).orElseThrow();
        String venue = event.delegation(s.delegation()).orElseThrow().venue();
        return boards.board(s.date(), meal, now).venues().stream()
                .filter(v -> v.venue().id().equals(venue))
                .findFirst()
                .map(v -> {
                    int actual = Math.max(0, v.booked() + change);
                    String name = v.venue().name().contains(" ")
                            ? v.venue().id()
                            : v.venue().name();
                    return "按本条计，" + v.venue().name() + "实到" + actual + "人：/actual " + name + " " + meal.label() + " "
                            + actual + " " + date(s.date());
                });
    }

    /** The delegation's figure the refused reports would have given; empty when it cannot be told (照常). */
    private static Optional<Integer> implied(int stands, List<MealRecord> records) {
        int n = stands;
        for (MealRecord r : records) {
            if (r instanceof MealCount c && c.asPlanned()) return Optional.empty();
            if (r instanceof MealCount c) n = c.count();
            if (r instanceof MealCancel c) n = c.wholeDelegation() ? 0 : Math.max(0, n - c.count());
            if (r instanceof MealAdd a) n += a.count();
        }
        return Optional.of(n);
    }

    private static String date(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
