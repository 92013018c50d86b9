package org.receptionbot.weather;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.weather.WeatherWarning.Kind;

/** Compares tomorrow's forecast with today's and says what to prepare for, in plain Chinese. */
public final class WeatherRules {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final WeatherSettings settings;

    public WeatherRules(WeatherSettings settings) {
        this.settings = settings;
    }

    /** The warnings for {@code tomorrow}, in a fixed order; none when the weather is calm. */
    public List<WeatherWarning> warnings(DailyForecast today, DailyForecast tomorrow) {
        List<WeatherWarning> out = new ArrayList<>();
        String day = label(tomorrow.date());
        double lowDrop = today.minTemperature() - tomorrow.minTemperature();
        double highDrop = today.maxTemperature() - tomorrow.maxTemperature();
        if (Math.max(lowDrop, highDrop) >= settings.temperatureDrop()) {
            out.add(warn(
                    tomorrow,
                    Kind.TEMPERATURE_DROP,
                    "%s明显降温：最低%s℃、最高%s℃（今天%s～%s℃），降幅%s℃。请提醒各代表团增添衣物，户外活动备好外套。"
                            .formatted(
                                    day,
                                    deg(tomorrow.minTemperature()),
                                    deg(tomorrow.maxTemperature()),
                                    deg(today.minTemperature()),
                                    deg(today.maxTemperature()),
                                    deg(Math.max(lowDrop, highDrop)))));
        }
        if (tomorrow.minTemperature() < settings.coldLow()) {
            out.add(warn(
                    tomorrow,
                    Kind.COLD,
                    "%s最低气温%s℃，天气寒冷。请提醒各代表团注意保暖，车辆提前开暖风。".formatted(day, deg(tomorrow.minTemperature()))));
        }
        if (tomorrow.precipitationProbability() >= settings.rainProbability()
                || tomorrow.precipitationSum() >= settings.rainSum()) {
            out.add(warn(
                    tomorrow,
                    Kind.RAIN,
                    "%s可能有雨：降水概率%d%%，预计降水量%s毫米。请备好雨具，室外安排准备备用方案。"
                            .formatted(day, tomorrow.precipitationProbability(), deg(tomorrow.precipitationSum()))));
        }
        if (tomorrow.maxWindSpeed() >= settings.windSpeed() || tomorrow.maxWindGusts() >= settings.windGusts()) {
            out.add(warn(
                    tomorrow,
                    Kind.WIND,
                    "%s有大风：风速最高%s公里/小时，阵风%s公里/小时。请固定户外展板和帐篷，提醒注意安全。"
                            .formatted(day, deg(tomorrow.maxWindSpeed()), deg(tomorrow.maxWindGusts()))));
        }
        if (tomorrow.thunderstorm()) {
            out.add(warn(tomorrow, Kind.THUNDERSTORM, "%s有雷雨。请尽量把户外活动移至室内，雷雨时不要在空旷处和树下停留。".formatted(day)));
        }
        if (tomorrow.maxTemperature() >= settings.heat()) {
            out.add(warn(
                    tomorrow,
                    Kind.HEAT,
                    "%s高温：最高气温%s℃。请备好饮用水和防暑用品，避免中午户外活动。".formatted(day, deg(tomorrow.maxTemperature()))));
        }
        return out;
    }

    private static WeatherWarning warn(DailyForecast day, Kind kind, String text) {
        return new WeatherWarning(day.date(), kind, text);
    }

    static String label(LocalDate date) {
        return "明天（%d月%d日，%s）"
                .formatted(
                        date.getMonthValue(),
                        date.getDayOfMonth(),
                        WEEKDAYS[date.getDayOfWeek().ordinal()]);
    }

    private static String deg(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
