package org.receptionbot.weather;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;

/**
 * The evening weather check: asks for today and tomorrow at the event's place, sends the group the
 * warnings not given before, and tells the coordinators when the service keeps failing.
 */
public final class WeatherCheck {

    private final Event event;
    private final Forecasts forecasts;
    private final WarningMemory memory;
    private final Outbox outbox;
    private final WeatherSettings settings;

    public WeatherCheck(
            Event event, Forecasts forecasts, WarningMemory memory, Outbox outbox, WeatherSettings settings) {
        this.event = event;
        this.forecasts = forecasts;
        this.memory = memory;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Runs the check as of the clock's now; returns what it did. */
    public WeatherCheckResult run(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        LocalDate tomorrow = today.plusDays(1);
        ForecastOutcome outcome = fetch(today, tomorrow);
        if (outcome instanceof ForecastOutcome.Unavailable down) {
            chat(ChatDef.Role.COORDINATORS)
                    .ifPresent(c -> outbox.send(Reply.text(
                            c, null, "天气预报服务暂时无法获取（已重试%d次），今晚未能检查明天的天气，请自行关注天气预报。".formatted(settings.attempts()))));
            return new WeatherCheckResult.ServiceDown(down.reason());
        }
        ForecastOutcome.Available days = (ForecastOutcome.Available) outcome;
        Optional<DailyForecast> t0 = days.day(today);
        Optional<DailyForecast> t1 = days.day(tomorrow);
        if (t0.isEmpty() || t1.isEmpty())
            return new WeatherCheckResult.ServiceDown("forecast lacks " + today + " or " + tomorrow);
        List<WeatherWarning> fresh = new WeatherRules(settings)
                .warnings(t0.get(), t1.get()).stream()
                        .filter(w -> memory.firstTime(w.date(), w.kind()))
                        .toList();
        if (!fresh.isEmpty()) chat(ChatDef.Role.GROUP).ifPresent(c -> outbox.send(Reply.text(c, null, text(fresh))));
        return new WeatherCheckResult.Checked(fresh);
    }

    private ForecastOutcome fetch(LocalDate from, LocalDate to) {
        ForecastOutcome last = null;
        for (int i = 0; i < settings.attempts(); i++) {
            last = forecasts.daily(event.location().latitude(), event.location().longitude(), event.zone(), from, to);
            if (last instanceof ForecastOutcome.Available) return last;
        }
        return last;
    }

    private static String text(List<WeatherWarning> warnings) {
        StringBuilder sb = new StringBuilder("【天气提醒】");
        warnings.forEach(w -> sb.append('\n').append(w.text()));
        return sb.toString();
    }

    private Optional<ChatRef> chat(ChatDef.Role role) {
        return event.chats().stream()
                .filter(c -> c.role() == role)
                .findFirst()
                .map(c -> new ChatRef(c.platform(), c.id()));
    }
}
