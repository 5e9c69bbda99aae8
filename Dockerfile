# newsflow: one image, every service (the subcommand picks which).
# Build: docker build -t newsflow:dev .
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dmaven.test.skip.exec=true package -pl cli -am

FROM eclipse-temurin:17.0.13_11-jre
RUN useradd --system --uid 10001 newsflow && mkdir -p /data && chown newsflow /data
COPY --from=build /src/cli/target/newsflow-all.jar /app/newsflow.jar
COPY seeds /seeds
USER newsflow
ENV NEWSFLOW_DATA_DIR=/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
