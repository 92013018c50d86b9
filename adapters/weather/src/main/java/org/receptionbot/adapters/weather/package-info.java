/**
 * The weather service: daily forecasts from Open-Meteo (no key) or QWeather (key), translated to
 * the core's {@link org.receptionbot.weather.DailyForecast}. Construct through {@link WeatherAdapters}.
 */
package org.receptionbot.adapters.weather;
