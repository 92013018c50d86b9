package org.receptionbot.parse;

/** The people who arrived earlier in the message, leaving again with no people of their own said. */
final class ArrivedThenLeaving {

    private ArrivedThenLeaving() {}

    /**
     * "新疆5位同志坐D8227已到南宁东，…，下午6点半CZ6886回乌鲁木齐": the people who arrived, said earlier in the
     * message, then leaving with no people, delegation, rest or whole of its own, are the same group; else null.
     */
    static Integer count(Clause c, Drafts drafts) {
        if (!c.teams().isEmpty() || c.has(Cue.REST) || c.has(Cue.BATCH)) return null;
        String said = c.span();
        if (said.contains("全") || said.contains("都") || said.contains("所有") || said.contains("大家")) return null;
        Draft arrived = null;
        for (Draft d : drafts.since(0)) if (d.isMovement()) arrived = arrived == null ? d : null;
        if (arrived == null || arrived.kind != Draft.Kind.ARRIVAL || arrived.count == null || arrived.team == null)
            return null;
        return arrived.count;
    }
}
