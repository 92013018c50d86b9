package org.receptionbot.command;

import java.util.List;
import java.util.Optional;

/** Answers a recognised command; each family of commands has its own class. */
public final class Commands {
    private final Boards boards;
    private final IssueCommands issues;
    private final BindRequests binds;
    private final ExportCommand export;
    private final Actuals actuals;
    private final Corrections corrections;
    private final ReminderCommands reminders;
    private final VisitLists visits;

    public Commands(
            Boards boards,
            IssueCommands issues,
            BindRequests binds,
            ExportCommand export,
            Actuals actuals,
            Corrections corrections,
            ReminderCommands reminders,
            VisitLists visits) {
        this.boards = boards;
        this.issues = issues;
        this.binds = binds;
        this.export = export;
        this.actuals = actuals;
        this.corrections = corrections;
        this.reminders = reminders;
        this.visits = visits;
    }

    public Answer handle(Command command, Asked asked) {
        if (command instanceof Command.Help) return Answer.of(export.help());
        if (command instanceof Command.Unknown u)
            return Answer.of("没有“" + u.word() + "”这个指令，或没能看懂其中的日期。\n" + export.help());
        if (command instanceof Command.Refused r) return Answer.of(r.reason());
        if (command instanceof Command.Meals m) return boards.meals(m, asked);
        if (command instanceof Command.Moves m) return boards.moves(m, asked.now());
        if (command instanceof Command.Counts c) return boards.counts(c, asked.now());
        if (command instanceof Command.Issues) return boards.issues(asked);
        if (command instanceof Command.Status s) return boards.status(s, asked);
        if (command instanceof Command.Car c) return boards.car(c);
        if (command instanceof Command.VehicleCount c) return boards.vehicleCount(c, asked.now());
        if (command instanceof Command.RouteVehicles r) return boards.routeVehicles(r);
        if (command instanceof Command.VehicleOf v) return boards.vehicleOf(v, asked);
        if (command instanceof Command.MealQuestion q) return boards.question(q, asked);
        if (command instanceof Command.Visits v) return visits.answer(v, asked.now());
        if (command instanceof Command.Undo) return corrections.undo(asked);
        if (command instanceof Command.Redo r) return corrections.redo(r, asked);
        return changes(command, asked);
    }

    /** 确认 typed by a coordinator while a bind request waits: the request is confirmed; empty otherwise. */
    public Optional<Answer> typedBindConfirmation(String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        if (!List.of("确认", "确认绑定", "同意", "同意绑定").contains(t)) return Optional.empty();
        return binds.confirmTyped(asked);
    }

    private Answer changes(Command command, Asked asked) {
        if (command instanceof Command.Ack a) return issues.ack(a, asked);
        if (command instanceof Command.Done d) return issues.done(d, asked);
        if (command instanceof Command.Steps s) return issues.several(s, asked);
        if (command instanceof Command.Merge m) return issues.merge(m, asked);
        if (command instanceof Command.SameAs s) return issues.sameAs(changes(s.step(), asked), s, asked);
        if (command instanceof Command.Bind b) return binds.bind(b, asked);
        if (command instanceof Command.Actual a) return actuals.report(a, asked);
        if (command instanceof Command.Export e) return export.export(e, asked);
        if (command instanceof Command.Remind r) return reminders.remind(r, asked);
        if (command instanceof Command.ListReminders) return reminders.list();
        if (command instanceof Command.Unremind u) return reminders.unremind(u, asked);
        throw new IllegalArgumentException("unhandled command: " + command);
    }
}
