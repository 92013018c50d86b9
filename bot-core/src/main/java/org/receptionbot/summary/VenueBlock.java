package org.receptionbot.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DinerCount;

/**
 * A venue's block of a meal board, compact enough for a phone: a line for each delegation whose figure needs a look
 * (changed from its plan, carried from an earlier report, cut at zero, changed after the deadline, waiting for a
 * confirmation), then the others grouped in one line each with their count and people, the delegations by short name:
 * "按计划（未变）：河北、山西共2个团64人" (reported, as planned), "未报（按全团计）：共2个团72人" (named in the board's 未报餐 line), "已离会：…共1个团" (no one to count),
 * "未抵达：…". A meal taken on request (宵夜) groups nothing but those it does not serve ("其余30个代表团0人"). The
 * delegations' figures and the groups' people add up to the venue's figure.
 */
final class VenueBlock {
    /** The groups of a regular meal's block, in the order shown. */
    private static final List<String> GROUPS = List.of("按计划（未变）", "未报（按全团计）", "已离会", "未抵达");

    private final RecordText records;

    VenueBlock(RecordText records) {
        this.records = records;
    }

    void render(StringBuilder s, VenueBoard v, MealBoard board) {
        s.append("【").append(v.venue().name()).append("】").append(v.packed() > 0 ? "堂食" : "");
        s.append(v.booked()).append("人 / 容量").append(v.venue().capacity()).append("人");
        if (v.overCapacity())
            s.append(" ⚠超出").append(v.booked() - v.venue().capacity()).append("人");
        if (v.packed() > 0) s.append("；打包").append(v.packed()).append("份");
        s.append('\n');
        Map<String, List<DelegationDiners>> groups = new LinkedHashMap<>();
        GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
        int none = 0;
        for (DelegationDiners d : v.delegations()) {
            boolean held = board.holds(d.delegation().id());
            String group = held ? null : group(d, board);
            if (board.meal().onRequest()
                    && !held
                    && d.count().diners() == 0
                    && !d.count().reported()) none++;
            else if (group != null && !board.meal().onRequest())
                groups.get(group).add(d);
            else line(s, d, held, board.meal().onRequest());
        }
        groups.forEach((label, members) -> group(s, label, members, board));
        if (none > 0) s.append("  其余").append(none).append("个代表团0人\n");
        actuals(s, v, board);
    }

    /** The group a delegation of a regular meal is shown in, or null when it needs its own line. */
    private static String group(DelegationDiners d, MealBoard board) {
        DinerCount c = d.count();
        if (!c.asPlanned() || d.packed() > 0) return null;
        if (c.planned() == 0) return c.left() ? GROUPS.get(2) : GROUPS.get(3);
        return c.reported() ? GROUPS.get(0) : GROUPS.get(1);
    }

    private static void group(StringBuilder s, String label, List<DelegationDiners> members, MealBoard board) {
        if (members.isEmpty()) return;
        List<Delegation> all = board.venues().stream()
                .flatMap(v -> v.delegations().stream())
                .map(DelegationDiners::delegation)
                .toList();
        s.append("  ").append(label).append('：');
        // the board's 未报餐 line names the silent ones already
        if (!label.equals(GROUPS.get(1)))
            s.append(String.join(
                    "、",
                    members.stream().map(d -> shortName(d.delegation(), all)).toList()));
        s.append("共").append(members.size()).append("个团");
        // 已离会, 未抵达: nobody to count, said without a bare "0人"
        int people = members.stream().mapToInt(DelegationDiners::seated).sum();
        s.append(people > 0 ? people + "人\n" : "\n");
    }

    /** Its first alias ("河北"), when no other delegation is called so; else its name. */
    static String shortName(Delegation d, List<Delegation> all) {
        if (d.aliases().isEmpty()) return d.name();
        String alias = d.aliases().get(0);
        boolean shared = all.stream()
                .anyMatch(o -> o != d && !o.id().equals(d.id()) && o.words().contains(alias));
        return shared ? d.name() : alias;
    }

    /** "湖南省代表团 30人（计划35人，截止后有变更）": its figure, then what is worth a look, in one bracket. */
    private static void line(StringBuilder s, DelegationDiners d, boolean held, boolean onRequest) {
        DinerCount c = d.count();
        List<String> notes = new ArrayList<>();
        if (held) notes.add(c.reported() ? "另有待确认的报告" : "所报人数待确认，暂按未报计");
        else if (!c.reported() && c.diners() > 0) notes.add(d.carried() ? "未报，按上次所报" : "未报");
        else if (!onRequest && c.reported() && c.diners() != c.planned()) notes.add("计划" + c.planned() + "人");
        if (c.lateChanges() > 0) notes.add("截止后有变更");
        if (c.diners() == 0 && c.left()) notes.add("已离会");
        else if (c.clipped()) notes.add("减员超过人数，已按0人计");
        s.append("  ").append(d.delegation().name()).append(' ');
        // 堂食0人，打包42份: the seated diners and the portions packed, apart
        if (d.packed() > 0)
            s.append("堂食").append(d.seated()).append("人，打包").append(d.packed()).append("份");
        else s.append(c.diners()).append("人");
        if (!notes.isEmpty()) s.append("（").append(String.join("，", notes)).append("）");
        s.append('\n');
    }

    private void actuals(StringBuilder s, VenueBoard v, MealBoard board) {
        if (v.actual() != null) {
            s.append("  实到")
                    .append(v.actual())
                    .append("人，")
                    .append(v.difference() == 0 ? "与预订人数一致" : "比预订" + Texts.gap(v.difference()));
            s.append(v.differenceFlagged() ? " ⚠请核实" : "").append('\n');
        }
        for (ActualCount a : board.heldActuals()) {
            if (!a.venue().equals(v.venue().id())) continue;
            s.append("  待确认：实到")
                    .append(a.count())
                    .append("人（")
                    .append(a.source().senderName())
                    .append(' ');
            s.append(records.clock(a.source().at())).append("登记，待其确认，未计入）\n");
        }
    }
}
