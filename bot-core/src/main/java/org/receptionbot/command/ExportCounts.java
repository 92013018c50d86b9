package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.summary.BusContact;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.HeadcountShare;

/**
 * A day's bus head counts for the export, each with the route or delegation it is for and the
 * people expected where that is known; the buses of the day's routes not counted yet with whom to
 * call. A bus carrying several delegations has a row per delegation, then its total
 * ("合计（湖南省代表团、青海省代表团同车）").
 */
final class ExportCounts {
    private final HeadcountBoards boards;

    ExportCounts(HeadcountBoards boards) {
        this.boards = boards;
    }

    List<ExportContent.Count> of(LocalDate day) {
        return boards.board(day).stream()
                .flatMap(l -> l.shared() ? shared(l).stream() : java.util.stream.Stream.of(count(l)))
                .toList();
    }

    private static List<ExportContent.Count> shared(HeadcountLine l) {
        List<ExportContent.Count> rows = new java.util.ArrayList<>();
        for (HeadcountShare s : l.shares())
            rows.add(new ExportContent.Count(
                    l.vehicle(), s.delegation().name(), s.counted(), s.expected(), s.reporter(), s.at()));
        String all = String.join(
                "、", l.shares().stream().map(s -> s.delegation().name()).toList());
        rows.add(new ExportContent.Count(l.vehicle(), "合计（" + all + "同车）", l.counted(), l.expected(), null, null));
        return rows;
    }

    private static ExportContent.Count count(HeadcountLine l) {
        String task = l.plan() != null
                ? l.plan().route()
                : l.delegation() == null ? null : l.delegation().name();
        return new ExportContent.Count(l.vehicle(), task, l.counted(), l.expected(), l.reporter(), l.at(), note(l));
    }

    private static String note(HeadcountLine l) {
        if (!l.reported()) return BusContact.of(l.vehicle());
        return l.thin() ? l.flag().substring(1) : null;
    }
}
