package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "…G1234 下午3点到 麻烦安排接站", "明早6点的航班 请派车送机": a request to meet or see off people, said beside
 * their movement, is for the coordinators to arrange. The movement is recorded as any other; the request is
 * passed on to the coordinators' chats and the answer says so. Thanks for a pick-up done (谢谢接站的志愿者)
 * and a word to the drivers (接站的师傅别着急) ask nothing.
 */
final class PickUpRequests {
    /** Meeting or seeing off people, by car. */
    private static final String[] SERVICE = {
        "接站", "接机", "接车", "接一下", "接下", "来接", "车接", "去接", "送站", "送机", "送一下", "车送", "来送", "送高铁", "送火车"
    };
    /** Asking for it. */
    private static final String[] ASKING = {"麻烦", "请", "帮忙", "安排", "需要", "能不能", "能否", "可以派", "派车", "派个车"};

    private final Notices notices;

    PickUpRequests(Notices notices) {
        this.notices = notices;
    }

    /** {@code applied} with the line that the request was passed on, when the records moved people and the words ask. */
    Answer forward(List<Record> records, Asked asked, String text, Answer applied) {
        if (applied.silent() || applied.receipt() == null || !asked(text)) return applied;
        boolean moves = records.stream().anyMatch(r -> r instanceof Arrival || r instanceof Departure);
        if (!moves) return applied;
        boolean told = notices.pass("接送站需求", text.strip(), asked);
        return told ? applied.then("接送站需求已转协调组。") : applied;
    }

    /** Whether the words ask for a pick-up or a send-off, not thank for one. */
    static boolean asked(String text) {
        if (text.contains("谢谢") || text.contains("感谢")) return false;
        int service = -1;
        for (String w : SERVICE) {
            int at = text.indexOf(w);
            if (at >= 0 && (service < 0 || at < service)) service = at;
        }
        if (service < 0) return false;
        // 接站的师傅别着急, 接站车辆已经在等了: the service named as a subject, nothing asked.
        for (String w : ASKING) if (text.contains(w)) return true;
        return false;
    }
}
