package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void shouldDoubleBackoffUpToCapWhenAttemptsFail() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.backoffAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoffAfter(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldRejectPolicyWhenBoundsAreInconsistent() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
