package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.Sender;
import org.receptionbot.command.Command;
import org.receptionbot.event.Event;

/**
 * A driver's phone asked beside something said that records nothing ("我们车10点15在酒店门口等 司机电话多少"): the
 * card of the bus the message names ({@code /car 5}), else the vehicles of the delegation it names, else the
 * sender's delegation's. Read only when the parser recorded and asked nothing, so a report beside the question
 * is taken as one.
 */
final class DriverQuestions {
    private static final Pattern ASKS =
            Pattern.compile("(?:司机|师傅)(?:的)?(?:是谁|(?:电话|手机|联系方式)(?:号码?)?(?:是)?(?:多少|几号)?)" + "(?:[？?。，,！!\\s]|$)");
    private static final Pattern BUS = Pattern.compile("(\\d{1,3})\\s*号?\\s*(?:车|大巴)");

    private final DelegationNames names;

    DriverQuestions(Event event) {
        this.names = new DelegationNames(event);
    }

    /** The card the question asks for, or empty when the text asks for no driver. */
    Optional<Command> asked(String text, Sender sender) {
        if (!ASKS.matcher(text).find()) return Optional.empty();
        Matcher bus = BUS.matcher(text);
        if (bus.find()) return Optional.of(new Command.Car(bus.group(1)));
        Optional<String> named = names.in(text).map(DelegationNames.Named::word);
        if (named.isPresent()) return Optional.of(new Command.VehicleOf(named.get()));
        return sender.delegation() == null ? Optional.empty() : Optional.of(new Command.VehicleOf(""));
    }
}
