package org.receptionbot.summary;

import java.util.List;
import org.receptionbot.ledger.IssueTicket;

/**
 * The issues still waiting, as chat text, each with what was said since it was reported; one waiting
 * longer than the threshold is flagged with the step it waits on (超时未受理, 超时未办结); one said fixed since
 * stands as "报告人称已解决，待确认" ({@link IssueTicket#standing()}) until a coordinator closes it.
 */
public final class IssueBoardText {
    private final RecordText records;

    public IssueBoardText(RecordText records) {
        this.records = records;
    }

    public String render(List<IssueLine> lines) {
        if (lines.isEmpty()) return "目前没有待处理的问题。";
        long old = lines.stream().filter(IssueLine::old).count();
        long fixed = lines.stream().filter(l -> l.ticket().saidFixed() != null).count();
        StringBuilder s = new StringBuilder("待处理问题（").append(lines.size()).append("个");
        if (old > 0) s.append("，其中").append(old).append("个超时");
        if (fixed > 0) s.append(old > 0 ? "，" : "，其中").append(fixed).append("个称已解决待确认");
        s.append("）：\n");
        for (IssueLine l : lines) line(s, l);
        return s.toString().stripTrailing();
    }

    private void line(StringBuilder s, IssueLine l) {
        var t = l.ticket();
        s.append('#').append(t.number()).append(' ').append(records.describe(t.issue()));
        s.append("（").append(t.reported().senderName()).append("报，已等").append(Texts.age(l.age()));
        s.append("，").append(t.standing());
        if (t.acknowledged() != null && t.acknowledged().note() != null)
            s.append("：").append(t.acknowledged().note());
        s.append("）");
        // what is late: no coordinator has taken it up yet, or it was taken up and is still not resolved
        if (l.old()) s.append(t.state() == IssueTicket.State.OPEN ? " ⚠超时未受理" : " ⚠超时未办结");
        s.append('\n');
        for (var f : t.followUps()) {
            s.append("    补充（")
                    .append(f.source().senderName())
                    .append(' ')
                    .append(records.clock(f.source().at()));
            s.append("）：").append(f.issue().text()).append('\n');
        }
    }
}
