package io.newsflow.enrich.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Structured metadata of an HTML page, in order of trust: JSON-LD (schema.org Article types),
 * Open Graph and other {@code <meta>}, {@code <time>}, then visible elements ({@code <h1>}, {@code <title>}).
 */
final class HtmlMetadata {
    /** JSON-LD blocks bigger than this are not metadata (some sites inline whole apps). */
    private static final int MAX_JSONLD_CHARS = 1_000_000;
    /** Bound on JSON-LD nodes visited per page. */
    private static final int MAX_JSONLD_NODES = 5_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private HtmlMetadata() { }

    static void read(Document doc, Page page) {
        java.util.Map<String, String> metas = metas(doc);
        jsonLd(doc, page);
        meta(doc, page, metas);
        if (page.headline == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) {
                page.headline = Texts.collapse(h1.text());
                page.headlineSource = "h1";
            }
        }
        if (page.headline == null) {
            String og = metaContent(metas, "og:title", "twitter:title");
            if (og != null) {
                page.headline = og;
                page.headlineSource = "meta";
            }
        }
        if (page.headline == null) {
            String title = doc.title();
            if (!title.isBlank()) {
                page.headline = stripSiteName(Texts.collapse(title));
                page.headlineSource = "title";
            }
        }
        if (page.datePublished == null) {
            Element t = doc.selectFirst("time[datetime]");
            if (t != null) {
                page.published(Dates.parse(t.attr("datetime")), "time");
            }
        }
    }

    /** "Headline | Site" or "Headline - Site": drop the shorter trailing part. */
    static String stripSiteName(String title) {
        for (String sep : List.of(" | ", " - ", " — ", " – ", " :: ", " · ")) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && title.length() - at < at) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private static void meta(Document doc, Page page, java.util.Map<String, String> metas) {
        if (page.publisher == null) {
            page.publisher = metaContent(metas, "og:site_name", "application-name", "publisher", "dc.publisher");
        }
        if (page.section == null) {
            page.section = metaContent(metas, "article:section", "section", "parsely-section", "sailthru.section");
        }
        if (page.authors.isEmpty()) {
            String a = metaContent(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "byl");
            if (a != null && !a.startsWith("http")) {
                String rest = BylineRule.afterPrefix(a);
                for (String n : Names.parse(rest != null ? rest : a, Thresholds.BYLINE_MAX_NAME_WORDS)) {
                    page.addAuthor(n, "meta");
                }
            }
        }
        page.published(Dates.parse(metaContent(metas, "article:published_time", "og:published_time",
                "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                "parsely-pub-date", "sailthru.date", "article.published", "published_time")), "meta");
        page.modified(Dates.parse(metaContent(metas, "article:modified_time", "og:updated_time", "datemodified",
                "last-modified", "dc.date.modified", "modified_time")), "meta");
        if (page.datePublished == null) {
            Element e = doc.selectFirst("[itemprop=datePublished]");
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime")
                        : e.text();
                page.published(Dates.parse(v), "meta");
            }
        }
        if (page.canonicalUrl == null) {
            Element link = doc.selectFirst("link[rel=canonical][href]");
            if (link != null) {
                page.canonicalUrl = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
            }
        }
        if (page.canonicalUrl == null) {
            page.canonicalUrl = metaContent(metas, "og:url");
        }
    }

    /** The first non-blank content of a meta tag with one of the names (name, property or itemprop). */
    static String metaContent(java.util.Map<String, String> metas, String... names) {
        for (String name : names) {
            String c = metas.get(name.toLowerCase(Locale.ROOT));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** All meta tags of the page by lower-case key, first non-blank value wins; built once per document. */
    static java.util.Map<String, String> metas(Document doc) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                    : e.attr("itemprop");
            if (key.isEmpty()) {
                continue;
            }
            String c = Texts.collapse(e.attr("content"));
            if (!c.isEmpty()) {
                m.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
            }
        }
        return m;
    }

    private static void jsonLd(Document doc, Page page) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String data = s.data();
            if (data.length() > MAX_JSONLD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(data.strip());
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the other sources still apply
            }
            if (root == null) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < MAX_JSONLD_NODES) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                List<String> types = types(n.get("@type"));
                if (types.stream().anyMatch(HtmlMetadata::isArticleType)) {
                    article(n, page);
                } else if (types.contains("breadcrumblist")) {
                    breadcrumb(n, page);
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) {
                    todo.add(main);
                }
            }
        }
    }

    /** Organization, NewsMediaOrganization, Corporation…: a publisher, not a person. */
    private static boolean isOrganisationType(String t) {
        return t.endsWith("organization") || t.endsWith("organisation") || t.equals("corporation");
    }

    private static boolean isArticleType(String t) {
        return t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting") || t.equals("report")
                || t.equals("posting") || t.equals("socialmediaposting");
    }

    private static List<String> types(JsonNode t) {
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void article(JsonNode n, Page page) {
        String headline = text(n.get("headline"));
        if (headline == null) {
            headline = text(n.get("name"));
        }
        if (page.headline == null && headline != null) {
            page.headline = headline;
            page.headlineSource = "jsonld";
        }
        JsonNode author = n.get("author");
        if (author == null) {
            author = n.get("creator");
        }
        if (author != null && page.authors.isEmpty()) {
            List<JsonNode> list = new ArrayList<>();
            if (author.isArray()) {
                author.forEach(list::add);
            } else {
                list.add(author);
            }
            for (JsonNode a : list) {
                String name = a.isObject() ? text(a.get("name")) : text(a);
                if (name != null && !name.startsWith("http")) {
                    if (a.isObject() && types(a.get("@type")).stream().anyMatch(HtmlMetadata::isOrganisationType)) {
                        page.addOrganisationAuthor(name); // a publisher as author yields to a visible byline
                    } else {
                        page.addAuthor(name, "jsonld");
                    }
                }
            }
        }
        if (page.section == null) {
            JsonNode sec = n.get("articleSection");
            page.section = sec != null && sec.isArray() && sec.size() > 0 ? text(sec.get(0)) : text(sec);
        }
        JsonNode pub = n.get("publisher");
        if (page.publisher == null && pub != null) {
            page.publisher = pub.isObject() ? text(pub.get("name")) : text(pub);
        }
        String body = text(n.get("articleBody"));
        if (body != null && (page.structuredBody == null || body.length() > page.structuredBody.length())) {
            page.structuredBody = body;
        }
        page.published(Dates.parse(text(n.get("datePublished"))), "jsonld");
        page.modified(Dates.parse(text(n.get("dateModified"))), "jsonld");
        if (page.canonicalUrl == null) {
            JsonNode me = n.get("mainEntityOfPage");
            String u = me == null ? null : me.isObject() ? text(me.get("@id")) : text(me);
            if (u == null) {
                u = text(n.get("url"));
            }
            if (u != null && u.startsWith("http")) {
                page.canonicalUrl = u;
            }
        }
    }

    private static void breadcrumb(JsonNode n, Page page) {
        JsonNode items = n.get("itemListElement");
        if (items == null || !items.isArray() || page.section != null) {
            return;
        }
        String last = null;
        for (JsonNode it : items) {
            String name = text(it.get("name"));
            if (name == null && it.get("item") != null && it.get("item").isObject()) {
                name = text(it.get("item").get("name"));
            }
            if (name != null && !name.equalsIgnoreCase("home")
                    && (page.headline == null || !Texts.key(name).equals(Texts.key(page.headline)))
                    && Texts.countWords(name) <= 5) {
                last = name;
            }
        }
        page.section = last;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = Texts.collapse(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false));
        return s.isEmpty() ? null : s;
    }
}
