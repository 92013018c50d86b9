package org.receptionbot.summary;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/** The vehicles of the event file in the group's words: "6号车 鄂Q·A1006，司机 彭师傅 13508190066". */
public final class VehicleText {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s*号?\\s*(?:车|大巴)");
    private final Event event;

    public VehicleText(Event event) {
        this.event = event;
    }

    /** The vehicles the event file gives a delegation, in file order. */
    public List<Vehicle> of(String delegation) {
        return event.vehicles().stream()
                .filter(v -> v.delegation() != null && v.delegation().equals(delegation))
                .toList();
    }

    /** "6号车 鄂Q·A1006，司机 彭师傅 13508190066" */
    public String line(Vehicle v) {
        return v.id() + "号车 " + v.plate() + "，司机 " + v.driver()
                + (v.driverPhone() == null ? "" : " " + v.driverPhone());
    }

    /** The delegation's vehicles, one a line; "未登记" when it has none. */
    public String lines(String delegation) {
        List<Vehicle> vs = of(delegation);
        return vs.isEmpty() ? "未登记" : vs.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    /**
     * The line a problem's notice adds: the vehicle its text names ("3号车空调坏了", "王处长的手机掉车上了
     * 3号车"), whatever its category; else, for a vehicle problem, its delegation's vehicles; empty when
     * none is known.
     */
    public String forIssue(Issue issue) {
        if (issue.category() != IssueCategory.VEHICLE && named(issue.text()).isEmpty()) return "";
        List<Vehicle> vs = named(issue.text()).map(List::of).orElseGet(() -> of(issue.delegation()));
        if (vs.isEmpty()) return "";
        String who = issue.delegation() == null
                ? ""
                : event.delegation(issue.delegation()).map(d -> d.name()).orElse("");
        return "\n" + (named(issue.text()).isPresent() || who.isEmpty() ? "所涉车辆" : who + "用车") + "："
                + vs.stream().map(this::line).collect(Collectors.joining("；"));
    }

    private Optional<Vehicle> named(String text) {
        if (text == null) return Optional.empty();
        Matcher m = NUMBERED.matcher(text);
        return m.find() ? event.vehicle(m.group(1)) : Optional.empty();
    }
}
