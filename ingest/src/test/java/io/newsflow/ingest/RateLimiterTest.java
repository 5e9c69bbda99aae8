package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();
    private final RateLimiter.Sleeper fakeSleep = nanos -> {
        sleeps.add(nanos);
        now += nanos;
    };

    @Test
    void shouldSpaceEventsEvenlyWhenRateIsTwoPerSecond() throws Exception {
        RateLimiter limiter = new RateLimiter(2, () -> now, fakeSleep);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        assertThat(sleeps).containsExactly(500_000_000L, 500_000_000L, 500_000_000L, 500_000_000L);
        assertThat(now).isEqualTo(3_000_000_000L);
    }

    @Test
    void shouldNotSleepWhenWorkTakesLongerThanTheInterval() throws Exception {
        RateLimiter limiter = new RateLimiter(10, () -> now, fakeSleep);
        limiter.acquire();
        now += 200_000_000L; // slow work: 200 ms > 100 ms interval
        limiter.acquire();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldNeverWaitWhenUnlimited() throws Exception {
        RateLimiter limiter = new RateLimiter(0, () -> now, fakeSleep);
        for (int i = 0; i < 100; i++) {
            limiter.acquire();
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldParseRatesWithUnits() {
        assertThat(RateLimiter.parseRate("2/s")).isEqualTo(2.0);
        assertThat(RateLimiter.parseRate("120/m")).isEqualTo(2.0);
        assertThat(RateLimiter.parseRate("max")).isZero();
        assertThatThrownBy(() -> RateLimiter.parseRate("-1/s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldWaitPolitelyPerHostWhenTheSameHostIsAskedTwice() throws Exception {
        HostPoliteness politeness = new HostPoliteness(1000, () -> now, fakeSleep);
        politeness.await(java.net.URI.create("http://a.example/1"));
        politeness.await(java.net.URI.create("http://b.example/1"));
        politeness.await(java.net.URI.create("http://a.example/2"));
        assertThat(sleeps).containsExactly(1_000_000_000L);
    }

    @Test
    void shouldPrintCountRateAndEtaWhenNotOnATerminal() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Progress.Lines lines = new Progress.Lines("replay", new PrintStream(buffer, true, StandardCharsets.UTF_8),
                Duration.ofSeconds(5), () -> now);
        lines.start(20);
        for (int i = 0; i < 10; i++) {
            now += 1_000_000_000L;
            lines.step();
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("replay: 5/20, 1.0/s, ETA 15s", "replay: 10/20, 1.0/s, ETA 10s");
    }
}
