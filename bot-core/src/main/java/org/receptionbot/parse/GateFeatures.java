package org.receptionbot.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features of one output record that {@link ConfidenceGate} weighs: exactly those of
 * {@code bot-core/src/bench/python/gate_loro.py} (its {@code features}), every one worth 1. A record is
 * given as the contract prints it: {@code type} and its compared fields, values integers, text or null.
 */
final class GateFeatures {
    private static final List<String> CUES = List.of(
            "不", "没", "改", "取消", "不对", "更正", "吗", "?", "？", "估计", "大概", "左右", "昨天", "明天", "后天", "原来", "本来", "之前", "还是",
            "另外", "加", "减", "少", "多", "都", "全", "共", "其中", "除了", "再", "又", "已", "了", "先", "后", "走", "到", "车", "退", "问题",
            "麻烦", "帮", "能不能", "可以", "请", "说", "听", "如果", "的话", "人", "个", "位", "份", "桌", "次", "号", "点", "分", "上", "下",
            "早", "中", "晚", "\n", "，", "。", " ", "、", "+", "-", "→", "~", "到底", "刚才", "刚刚");
    private static final String CONFIRM = "CONFIRM";

    private GateFeatures() {}

    /**
     * @param today the message's day, as {@code yyyy-MM-dd}
     * @param records the message's output records; {@code index} the one weighed
     * @param asks what the bot asks about the message (Gap field names; CONFIRM is left out)
     * @param names each delegation's id and the words it is named by
     */
    static Set<String> of(
            String text,
            String sender,
            String today,
            List<Map<String, Object>> records,
            int index,
            List<String> asks,
            Map<String, List<String>> names) {
        Map<String, Object> rec = records.get(index);
        String t = (String) rec.get("type");
        Set<String> f = new TreeSet<>();
        f.add("bias");
        f.add("type=" + t);
        if (sender != null) f.add("bound");
        f.add("type=" + t + "&bound=" + (sender != null ? "True" : "False"));
        f.add("nrec=" + Math.min(records.size(), 4));
        Set<Object> types = new HashSet<>(), dels = new HashSet<>(), meals = new HashSet<>();
        for (Map<String, Object> r : records) {
            types.add(r.get("type"));
            dels.add(r.get("delegation"));
            if (r.get("meal") != null) meals.add(r.get("meal"));
        }
        f.add("ntypes=" + Math.min(types.size(), 3));
        f.add("ndel=" + Math.min(dels.size(), 3));
        f.add("nmeal=" + Math.min(meals.size(), 3));
        boolean asked = false;
        for (String a : asks) {
            if (a.equals(CONFIRM)) continue;
            asked = true;
            f.add("ask=" + a);
        }
        if (asked) f.add("asked");
        for (int i = 0; i < records.size(); i++) {
            if (i == index) continue;
            Object other = records.get(i).get("type");
            f.add("also=" + other);
            f.add("type=" + t + "&also=" + other);
        }
        if (t.equals("ISSUE")) f.add("issue=" + py(rec.get("category")));
        for (Map.Entry<String, Object> e : rec.entrySet()) {
            String fld = e.getKey();
            if (fld.equals("type") || fld.equals("delegation") || e.getValue() != null) continue;
            f.add("null=" + fld);
            f.add("type=" + t + "&null=" + fld);
        }
        Object d = rec.get("delegation");
        if (d == null) f.add("del_null");
        if (d != null && d.equals(sender)) f.add("del_is_sender");
        if (d != null && sender != null && !d.equals(sender)) f.add("del_other_than_sender");
        int named = 0;
        boolean delNamed = false;
        for (Map.Entry<String, List<String>> g : names.entrySet()) {
            boolean said = false;
            for (String n : g.getValue()) said |= n.codePointCount(0, n.length()) > 1 && text.contains(n);
            if (said) {
                named++;
                delNamed |= g.getKey().equals(d);
            }
        }
        f.add("named=" + Math.min(named, 3));
        if (delNamed) f.add("del_named");
        GateFigures.add(f, text, records, rec, t);
        for (String cue : CUES) if (text.contains(cue)) f.add("cue=" + cue);
        int n = text.codePointCount(0, text.length());
        f.add("len=" + (n < 15 ? 0 : n < 30 ? 1 : n < 60 ? 2 : 3));
        Object date = rec.get("date");
        if (date != null && !date.toString().isEmpty() && !date.toString().equals(today)) f.add("date_other");
        return f;
    }

    /** A value as Python's {@code str} writes it. */
    static String py(Object v) {
        return v == null ? "None" : v.toString();
    }
}
