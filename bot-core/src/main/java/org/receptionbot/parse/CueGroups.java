package org.receptionbot.parse;

import java.util.EnumSet;
import java.util.List;

/**
 * Cues that rules read together, named once (the words are in {@link IssueCues}, {@link PlainWords} and
 * the other word lists). The problem cues are one base group, {@link #PROBLEM_SAID}, with named
 * extensions; a rule that reads a variant says at its use what it adds or leaves out, and why.
 */
final class CueGroups {

    /** Cues read as one: whether a clause has any of them, and where the last first word of them stands. */
    static final class Group {
        private final Cue[] cues;
        private final List<Cue> list;

        private Group(EnumSet<Cue> cues) {
            this.cues = cues.toArray(new Cue[0]);
            this.list = List.of(this.cues);
        }

        static Group of(Cue first, Cue... rest) {
            return new Group(EnumSet.of(first, rest));
        }

        /** This group with {@code more} cues besides. */
        Group with(Cue first, Cue... more) {
            EnumSet<Cue> all = set();
            all.addAll(EnumSet.of(first, more));
            return new Group(all);
        }

        /** This group without {@code left}. */
        Group without(Cue first, Cue... left) {
            EnumSet<Cue> all = set();
            all.removeAll(EnumSet.of(first, left));
            return new Group(all);
        }

        /** Whether the clause has a word of any cue of the group. */
        boolean in(Clause c) {
            for (Cue cue : cues) if (c.has(cue)) return true;
            return false;
        }

        /** The largest of the places where the group's cues first occur, or -1 when the clause has none. */
        int lastAt(Clause c) {
            int last = -1;
            for (Cue cue : cues) last = Math.max(last, c.at(cue));
            return last;
        }

        /** The group's cues, in the order of {@link Cue}. */
        List<Cue> cues() {
            return list;
        }

        private EnumSet<Cue> set() {
            EnumSet<Cue> all = EnumSet.noneOf(Cue.class);
            for (Cue cue : cues) all.add(cue);
            return all;
        }
    }

    /**
     * A problem said by its kind: a fault of a fitting (坏了, 堵), health (发烧), hygiene (脏), the food (饭不够),
     * a loss or complaint (丢了, 投诉), something not found (没看到) or someone not reached (联系不上). Not the
     * general {@link Cue#PROBLEM}, whose words (晚点, 推迟, 冷得, 没来) also say lateness, a change or a feeling.
     */
    static final Group PROBLEM_SAID = Group.of(
            Cue.BROKEN, Cue.HEALTH, Cue.HYGIENE, Cue.MEAL_PROBLEM, Cue.OTHER_PROBLEM, Cue.MISSING, Cue.UNREACHABLE);

    /** {@link #PROBLEM_SAID} or a request to act (能不能, 帮忙): something for someone to act on. */
    static final Group TO_ACT_ON = PROBLEM_SAID.with(Cue.REQUEST);

    /** {@link #TO_ACT_ON} or the general problem word (不够, 迟到, 没拿到): anything wrong or asked for. */
    static final Group WRONG_OR_ASKED = TO_ACT_ON.with(Cue.PROBLEM);

    private CueGroups() {}
}
