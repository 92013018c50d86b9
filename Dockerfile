# syntax=docker/dockerfile:1
# The bot in a container. Build:  docker build -t reception-bot .
# Run with an event file and a chat platform, data in a volume:
#   docker run -d -v rb-data:/data -v "$PWD/event.yml:/config/event.yml:ro" \
#     -e RECEPTION_EVENTFILE=/config/event.yml -e TELEGRAM_BOT_TOKEN=... reception-bot
# Try the sandbox chat (needs a terminal):  docker run -it --rm -v rb-sample:/data reception-bot
# A volume holds one event (a start with another event on it refuses, naming both), so the sample
# gets a volume of its own, and so does the conference sample:
#   docker run -it --rm -v rb-conference:/data reception-bot --reception.sample=conference
# (Written and checked by reading: no Docker engine ran where this project was built.)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bot-core/ bot-core/
COPY adapters/ adapters/
COPY scheduler/ scheduler/
COPY config/ config/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl config -am package -DskipTests \
 && java -Djarmode=tools -jar config/target/reception-bot.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system bot \
 && useradd --system --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot \
 && mkdir -p /data \
 && chown bot:bot /data
WORKDIR /app
# Least to most often changed, so a rebuild after a code change ships only the last layer.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER bot
# Every setting can be given as an environment variable (reception.data-dir -> RECEPTION_DATADIR,
# spring.data.redis.host -> SPRING_DATA_REDIS_HOST, ...). The embedded Redis (used when no
# SPRING_DATA_REDIS_* is set) keeps its append-only file in /data; its binary is unpacked to /tmp,
# which must be writable and not mounted noexec. TELEGRAM_BOT_TOKEN switches from the sandbox to Telegram.
ENV RECEPTION_DATADIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
# The Telegram webhook endpoint, when reception.telegram.webhook-url is set (long polling needs no port).
EXPOSE 8443
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
