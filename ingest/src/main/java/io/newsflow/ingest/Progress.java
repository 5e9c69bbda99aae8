package io.newsflow.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows how a run goes: a live bar on a terminal, plain periodic lines otherwise. */
public interface Progress extends AutoCloseable {

    /** Starts; {@code total} is -1 when unknown (endless loop). */
    void start(long total);

    /** One item done. */
    void step();

    @Override
    void close();

    /** A live bar (count, rate, ETA) when stderr is a terminal, else a line every {@code interval}. */
    static Progress forConsole(String task, Duration interval) {
        return System.console() != null ? new Bar(task) : new Lines(task, System.err, interval, System::nanoTime);
    }

    /** No output at all. */
    static Progress none() {
        return new Progress() {
            @Override
            public void start(long total) {
            }

            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** The terminal bar. */
    final class Bar implements Progress {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public void start(long total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .showSpeed().setUnit(" articles", 1).continuousUpdate().build();
        }

        @Override
        public void step() {
            bar.step();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Periodic plain lines: count, rate, ETA. */
    final class Lines implements Progress {
        private final String task;
        private final PrintStream out;
        private final long intervalNanos;
        private final LongSupplier clock;
        private long total;
        private long done;
        private long startNanos;
        private long lastPrint;

        public Lines(String task, PrintStream out, Duration interval, LongSupplier clock) {
            this.task = task;
            this.out = out;
            this.intervalNanos = interval.toNanos();
            this.clock = clock;
        }

        @Override
        public void start(long total) {
            this.total = total;
            this.startNanos = clock.getAsLong();
            this.lastPrint = startNanos;
        }

        @Override
        public void step() {
            done++;
            long now = clock.getAsLong();
            if (now - lastPrint >= intervalNanos) {
                lastPrint = now;
                out.println(line(now));
            }
        }

        String line(long now) {
            double secs = Math.max((now - startNanos) / 1e9, 1e-9);
            double rate = done / secs;
            String eta = total < 0 || rate == 0 ? "?" : formatSeconds((total - done) / rate);
            return String.format("%s: %d/%s, %.1f/s, ETA %s", task, done, total < 0 ? "∞" : Long.toString(total),
                    rate, eta);
        }

        static String formatSeconds(double s) {
            long secs = Math.round(s);
            return secs >= 60 ? (secs / 60) + "m" + String.format("%02d", secs % 60) + "s" : secs + "s";
        }

        @Override
        public void close() {
            if (done > 0) {
                out.println(line(clock.getAsLong()));
            }
        }
    }
}
