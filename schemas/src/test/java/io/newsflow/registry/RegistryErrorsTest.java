package io.newsflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryErrorsTest {

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(404, 40401, SubjectNotFoundException.class),
                Arguments.of(404, 40402, VersionNotFoundException.class),
                Arguments.of(404, 40403, SchemaNotFoundException.class),
                Arguments.of(409, 409, IncompatibleSchemaException.class),
                Arguments.of(409, 40901, IncompatibleSchemaException.class),
                Arguments.of(422, 42201, InvalidSchemaException.class),
                Arguments.of(422, 42202, InvalidVersionException.class),
                Arguments.of(422, 42203, InvalidCompatibilityLevelException.class),
                Arguments.of(500, 50001, RegistryServerException.class),
                Arguments.of(500, 50002, RegistryServerException.class),
                Arguments.of(503, 50003, RegistryServerException.class));
    }

    @ParameterizedTest(name = "HTTP {0} error_code {1} -> {2}")
    @MethodSource("answers")
    void shouldMapErrorCodeToTypedExceptionWhenRegistryAnswersJson(int status, int code, Class<?> expected) {
        byte[] body = ("{\"error_code\":" + code + ",\"message\":\"explained\"}").getBytes(StandardCharsets.UTF_8);

        RegistryException e = RegistryErrors.toException(status, body, "GET /x");

        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).contains("GET /x", "HTTP " + status, "error_code " + code, "explained");
    }

    @Test
    void shouldTreatHttp409AsIncompatibleWhenErrorCodeIsUnknown() {
        RegistryException e = RegistryErrors.toException(409, "{\"message\":\"conflict\"}".getBytes(), "POST /x");

        assertThat(e).isExactlyInstanceOf(IncompatibleSchemaException.class);
        assertThat(e.errorCode()).isEqualTo(RegistryException.NONE);
    }

    @Test
    void shouldGiveServerErrorWithStatusWhenBodyIsNotJson() {
        RegistryException e = RegistryErrors.toException(502, "<html><body>Bad Gateway</body></html>".getBytes(),
                "GET /schemas/ids/1");

        assertThat(e).isExactlyInstanceOf(RegistryServerException.class);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.isRetriable()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 502", "Bad Gateway");
    }

    @Test
    void shouldGiveGenericExceptionWithCodeWhenCodeIsNotOneWeType() {
        RegistryException e = RegistryErrors.toException(404, "{\"error_code\":40404,\"message\":\"soft\"}".getBytes(),
                "DELETE /subjects/s");

        assertThat(e).isExactlyInstanceOf(RegistryException.class);
        assertThat(e.errorCode()).isEqualTo(40404);
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void shouldGiveGenericExceptionWithStatusWhenClientErrorHasEmptyBody() {
        RegistryException e = RegistryErrors.toException(401, new byte[0], "GET /subjects");

        assertThat(e).isExactlyInstanceOf(RegistryException.class);
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.getMessage()).contains("HTTP 401", "(empty)");
    }
}
