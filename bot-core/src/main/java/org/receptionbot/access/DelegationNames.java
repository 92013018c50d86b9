package org.receptionbot.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;

/** Finds a delegation by what people type (name, alias, with 代表团/团/队), and the closest ones to a typo. */
public final class DelegationNames {
    private static final List<String> SUFFIXES = List.of("代表团", "代表队", "团", "队");
    /** Particles and marks said after a name given as an answer ("云南的", "湖南吧。"). */
    private static final Pattern PARTICLES = Pattern.compile("(?<=.)[的吧啊呀哈呢嘛哦噢，,。.！!？?~\\s]+$");

    private final Event event;

    public DelegationNames(Event event) {
        this.event = event;
    }

    /**
     * The delegation named exactly (an id, a name, an alias, optionally with a suffix and with particles after it:
     * "云南的", "湖南吧").
     */
    public Optional<Delegation> find(String text) {
        String raw = PARTICLES.matcher(text.strip()).replaceFirst("");
        String t = strip(raw);
        if (t.isEmpty()) return Optional.empty();
        return event.delegations().stream()
                .filter(d -> d.id().equalsIgnoreCase(raw) || names(d).contains(raw) || names(d).contains(t))
                .findFirst();
    }

    /**
     * A delegation named in a text, and the word that names it.
     *
     * @param word its name or alias as the text says it
     */
    public record Named(Delegation delegation, String word) {}

    /**
     * The delegation whose name or alias of two or more characters the text holds, by the longest such word
     * (of equal ones, the first delegation's in the event file, its name before its aliases); empty when none.
     */
    public Optional<Named> in(String text) {
        Named best = null;
        for (Delegation d : event.delegations())
            for (String w : d.words())
                if (w.length() > 1
                        && text.contains(w)
                        && (best == null || w.length() > best.word().length())) best = new Named(d, w);
        return Optional.ofNullable(best);
    }

    /**
     * What {@code text} says after the name or alias of {@code d} that opens it, the longest that fits, with a
     * 代表团, 队 or 团 right after that word dropped ("上海队确认" is 确认); empty when no word of {@code d} opens the
     * text with something after it.
     */
    public Optional<String> after(Delegation d, String text) {
        String opening = null;
        for (String w : d.words())
            if (!w.isEmpty()
                    && text.startsWith(w)
                    && text.length() > w.length()
                    && (opening == null || w.length() > opening.length())) opening = w;
        if (opening == null) return Optional.empty();
        return Optional.of(text.substring(opening.length()).replaceFirst("^(代表团|队|团)", ""));
    }

    private static List<String> names(Delegation d) {
        List<String> names = new java.util.ArrayList<>(d.aliases());
        names.add(d.name());
        names.add(strip(d.name()));
        return names;
    }

    /** The delegations whose names share the most characters with the text, best first. */
    public List<Delegation> closest(String text, int limit) {
        String t = strip(text.trim());
        return event.delegations().stream()
                .filter(d -> score(d, t) > 0)
                .sorted(Comparator.comparingInt((Delegation d) -> score(d, t)).reversed())
                .limit(limit)
                .toList();
    }

    /** "没有找到“湖楠”。您是不是要找：湖南省代表团、湖北省代表团？" */
    public String notFound(String text) {
        List<Delegation> close = closest(text, 3);
        String s = "没有找到代表团“" + text.trim() + "”。";
        if (close.isEmpty()) return s + "请使用代表团名称或简称，如“湖南”。";
        return s + "您是不是要找："
                + String.join("、", close.stream().map(Delegation::name).toList()) + "？";
    }

    private static int score(Delegation d, String t) {
        String name = strip(d.name()) + String.join("", d.aliases());
        return (int) t.chars().distinct().filter(c -> name.indexOf(c) >= 0).count();
    }

    private static String strip(String s) {
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) return s.substring(0, s.length() - suffix.length());
        }
        return s;
    }
}
