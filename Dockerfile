# Build stage: the same Maven build as on a developer's machine.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY web ./web
RUN mvn -B -q package -DskipTests

# Run stage: a JRE and the one jar (the browser client is inside it).
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/roundtable.jar /app/roundtable.jar
ENV PORT=8080
EXPOSE 8080
# exec form, so SIGTERM from `docker stop` reaches the JVM and the event log drains.
ENTRYPOINT ["java", "-jar", "/app/roundtable.jar"]
