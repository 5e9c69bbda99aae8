package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NewsflowInfrastructure.class)
class InfrastructureIT {

    @Test
    void shouldGiveAReachableKafkaBrokerWhenAsked(Infrastructure infra) throws Exception {
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
        }
    }

    @Test
    void shouldGiveAConfluentCompatibleRegistryWhenAsked(Infrastructure infra) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(infra.schemaRegistryUrl() + "/subjects"))
                        .header("Accept", "application/vnd.schemaregistry.v1+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[");
    }

    @Test
    void shouldGiveAWritablePostgresDatabaseWhenAsked(Infrastructure infra) throws Exception {
        try (Connection c = DriverManager.getConnection(infra.postgresJdbcUrl())) {
            c.createStatement().execute("CREATE TABLE probe (id int primary key)");
            c.createStatement().execute("INSERT INTO probe VALUES (1)");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            c.createStatement().execute("DROP TABLE probe");
        }
    }
}
