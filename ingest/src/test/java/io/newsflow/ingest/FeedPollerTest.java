package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class FeedPollerTest {

    static final String BODY = "<p>" + "Ministers met on Tuesday to agree the budget. ".repeat(40) + "</p>";
    static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Desk</title>"
            + "<item><title>One</title><link>%s/a/1</link><guid>id-1</guid><pubDate>Mon, 06 May 2024 10:00:00 GMT"
            + "</pubDate><content:encoded><![CDATA[" + BODY + "]]></content:encoded></item>"
            + "<item><title>Two</title><link>%s/a/2</link><guid>id-2</guid><description>Teaser only</description></item>"
            + "</channel></rss>";
    static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

    @TempDir
    Path dir;
    private HttpServer server;
    private String base;
    private final AtomicReference<String> feedBody = new AtomicReference<>();
    private final List<String> requests = new ArrayList<>();
    private final RecordingSink sink = new RecordingSink();
    private final IngestPipeline pipeline = new IngestPipeline(new ArticlePreparer(1 << 20, "t"), sink, 256, false);

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", ex -> {
            requests.add("feed If-None-Match=" + ex.getRequestHeaders().getFirst("If-None-Match"));
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = feedBody.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/a/", ex -> {
            requests.add("page " + ex.getRequestURI().getPath());
            byte[] body = ("<html><head><meta charset=\"utf-8\"><title>Two</title></head><body><p>" + "Full story. "
                    .repeat(50) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private FeedPoller poller(IngestState state) {
        return new FeedPoller(HttpClient.newHttpClient(), pipeline, state, new HostPoliteness(0, System::nanoTime,
                nanos -> { }));
    }

    @Test
    void shouldPublishNewEntriesOnceAndNothingWhenAnswered304() throws Exception {
        feedBody.set(RSS.formatted(base, base));
        try (IngestState state = IngestState.open(dir.resolve("state"))) {
            FeedPoller.PollResult first = poller(state).poll(URI.create(base + "/feed.xml"));
            assertThat(first).isEqualTo(new FeedPoller.PollResult(200, 2));
            FeedPoller.PollResult second = poller(state).poll(URI.create(base + "/feed.xml"));
            assertThat(second).isEqualTo(new FeedPoller.PollResult(304, 0));
        }
        assertThat(sink.published).hasSize(2);
        assertThat(sink.published.get(0).getUrl()).isEqualTo(base + "/a/1");
        assertThat(sink.published.get(0).getIngest().getHints()).containsEntry("title", "One");
        assertThat(sink.published.get(0).getSource().getFeed()).isEqualTo(base + "/feed.xml");
        // the teaser-only entry was fetched from its page
        assertThat(requests).contains("page /a/2").doesNotContain("page /a/1");
        assertThat(sink.published.get(1).getContentType()).isEqualTo(ContentTypes.HTML);
        assertThat(requests).contains("feed If-None-Match=\"v1\"");
    }

    @Test
    void shouldRememberEntriesAcrossRestartsWhenTheFeedChangesValidators() throws Exception {
        feedBody.set(RSS.formatted(base, base));
        try (IngestState state = IngestState.open(dir.resolve("state"))) {
            poller(state).poll(URI.create(base + "/feed.xml"));
        }
        // a restart with a fresh poller but the same state file, and a server that ignores validators
        server.removeContext("/feed.xml");
        server.createContext("/feed.xml", ex -> {
            byte[] body = feedBody.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        try (IngestState state = IngestState.open(dir.resolve("state"))) {
            assertThat(poller(state).poll(URI.create(base + "/feed.xml")).newEntries()).isZero();
        }
        assertThat(sink.published).hasSize(2);
    }

    @Test
    void shouldRefuseAndReportXxeWhenFeedDeclaresEntities() throws Exception {
        feedBody.set(XXE);
        try (IngestState state = IngestState.open(dir.resolve("state"))) {
            poller(state).poll(URI.create(base + "/feed.xml"));
        }
        assertThat(sink.published).isEmpty();
        assertThat(sink.rejected).singleElement()
                .satisfies(r -> assertThat(r.getReasonCode()).isEqualTo("HOSTILE_XML"));
    }

    @Test
    void shouldRejectMalformedFeedWhenXmlIsBroken() throws Exception {
        feedBody.set("<rss><channel><item></channel>");
        try (IngestState state = IngestState.open(dir.resolve("state"))) {
            poller(state).poll(URI.create(base + "/feed.xml"));
        }
        assertThat(sink.rejected).singleElement()
                .satisfies(r -> assertThat(r.getReasonCode()).isEqualTo("MALFORMED_FEED"));
    }

    @Test
    void shouldParseAtomEntriesWhenFeedIsAtom() throws Exception {
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
                + "<entry><id>urn:1</id><title>T</title><link rel=\"alternate\" href=\"http://x/1\"/>"
                + "<published>2024-05-06T10:00:00Z</published><author><name>Jo Writer</name></author>"
                + "<content type=\"html\">Body</content></entry></feed>";
        FeedParser.Feed feed = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.entries()).singleElement().isEqualTo(new FeedParser.Entry("urn:1", "http://x/1", "T",
                "2024-05-06T10:00:00Z", "Jo Writer", "Body"));
    }
}
