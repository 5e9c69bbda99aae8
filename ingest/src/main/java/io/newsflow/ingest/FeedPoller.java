package io.newsflow.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds with conditional GET (ETag, Last-Modified) and publishes each new entry once, remembering
 * entry ids across restarts. An entry's own content is used when it is long enough to be the article; otherwise
 * the linked page is fetched, politely (a minimum delay per host).
 */
public final class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    /** Entry content shorter than this is a teaser, not the article: fetch the linked page instead. */
    static final int MIN_CONTENT_CHARS = 1500;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String USER_AGENT = "newsflow-ingest/0.1 (+https://github.com/newsflow)";

    private final HttpClient http;
    private final IngestPipeline pipeline;
    private final IngestState state;
    private final HostPoliteness politeness;

    public FeedPoller(HttpClient http, IngestPipeline pipeline, IngestState state, HostPoliteness politeness) {
        this.http = http;
        this.pipeline = pipeline;
        this.state = state;
        this.politeness = politeness;
    }

    /** Result of one poll. */
    public record PollResult(int status, int newEntries) {
    }

    /** Polls one feed once. Never throws for bad feeds: they become rejections. */
    public PollResult poll(URI feed) throws InterruptedException {
        String scope = "feed:" + feed;
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(REQUEST_TIMEOUT).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        Optional.ofNullable(state.get(scope, "etag")).ifPresent(v -> request.header("If-None-Match", v));
        Optional.ofNullable(state.get(scope, "last-modified")).ifPresent(v -> request.header("If-Modified-Since", v));
        SourceRef ref = new SourceRef("feed", feed.getHost(), feed.toString(), feed.toString(), feed.toString());
        HttpResponse<byte[]> response;
        try {
            politeness.await(feed);
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            pipeline.accept(new SourceItem.Failed(ref, RejectReason.FETCH_FAILED, "cannot fetch feed: " + e,
                    new byte[0], 0));
            pipeline.flush();
            return new PollResult(-1, 0);
        }
        if (response.statusCode() == 304) {
            return new PollResult(304, 0);
        }
        if (response.statusCode() != 200) {
            pipeline.accept(new SourceItem.Failed(ref, RejectReason.FETCH_FAILED,
                    "feed answered HTTP " + response.statusCode(), response.body(), response.body().length));
            pipeline.flush();
            return new PollResult(response.statusCode(), 0);
        }
        FeedParser.Feed parsed;
        try {
            parsed = FeedParser.parse(response.body());
        } catch (RejectedInputException e) {
            pipeline.accept(new SourceItem.Failed(ref, e.reason(), e.getMessage(), response.body(),
                    response.body().length));
            pipeline.flush();
            return new PollResult(200, 0);
        }
        String feedName = parsed.title() != null ? parsed.title() : feed.getHost();
        List<String> taken = new ArrayList<>();
        long failedBefore = pipeline.stats().failed();
        for (FeedParser.Entry entry : parsed.entries()) {
            String key = entry.id() != null ? entry.id() : entry.link();
            if (key == null || state.isSeen(scope, key)) {
                continue;
            }
            pipeline.accept(candidate(feed, feedName, entry));
            taken.add(key);
        }
        pipeline.flush();
        if (pipeline.stats().failed() > failedBefore) {
            log.warn("entries of {} not acknowledged by the broker; they will be tried at the next poll", feed);
            return new PollResult(200, 0);
        }
        taken.forEach(k -> state.markSeen(scope, k));
        response.headers().firstValue("ETag").ifPresent(v -> state.put(scope, "etag", v));
        response.headers().firstValue("Last-Modified").ifPresent(v -> state.put(scope, "last-modified", v));
        return new PollResult(200, taken.size());
    }

    private SourceItem candidate(URI feed, String feedName, FeedParser.Entry entry) throws InterruptedException {
        String uri = entry.link() != null ? entry.link() : entry.id();
        SourceRef ref = new SourceRef("feed", feedName, uri, feed.toString(), uri);
        Instant now = Instant.now();
        if (entry.content() != null && entry.content().length() >= MIN_CONTENT_CHARS || entry.link() == null) {
            byte[] bytes = entry.content() == null ? new byte[0] : entry.content().getBytes(StandardCharsets.UTF_8);
            return new SourceItem.Found(new Candidate(ref, bytes, null, StandardCharsets.UTF_8.name(), entry.link(),
                    FeedParser.hints(entry), now, bytes.length));
        }
        try {
            URI page = URI.create(entry.link());
            politeness.await(page);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(page).timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", USER_AGENT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new SourceItem.Failed(ref, RejectReason.FETCH_FAILED,
                        "article page answered HTTP " + response.statusCode(), new byte[0], 0);
            }
            String charset = response.headers().firstValue("Content-Type").map(FeedPoller::charsetOf).orElse(null);
            byte[] body = response.body();
            return new SourceItem.Found(new Candidate(ref, body, null, charset, entry.link(),
                    FeedParser.hints(entry), Instant.now(), body.length));
        } catch (IOException | IllegalArgumentException e) {
            return new SourceItem.Failed(ref, RejectReason.FETCH_FAILED, "cannot fetch article page: " + e,
                    new byte[0], 0);
        }
    }

    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }
}
