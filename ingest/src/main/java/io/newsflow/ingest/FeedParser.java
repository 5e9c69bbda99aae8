package io.newsflow.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads RSS 2.0 and Atom 1.0 documents. The XML parser refuses any DTD (so no external entities, no entity
 * expansion bombs): a document that declares one is reported as hostile and not parsed.
 */
public final class FeedParser {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    /** One feed entry. */
    public record Entry(String id, String link, String title, String published, String author, String content) {
    }

    /** A parsed feed. */
    public record Feed(String title, List<Entry> entries) {
    }

    private FeedParser() {
    }

    public static Feed parse(byte[] xml) throws RejectedInputException {
        String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.ISO_8859_1)
                .toUpperCase(Locale.ROOT);
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            throw new RejectedInputException(RejectReason.HOSTILE_XML,
                    "feed declares a DTD or entities; refused (no DTDs, no external entities)");
        }
        Document doc;
        try {
            doc = secureBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new RejectedInputException(RejectReason.HOSTILE_XML, "feed declares a DTD; refused", e);
            }
            throw new RejectedInputException(RejectReason.MALFORMED_FEED, "feed is not well-formed XML: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new RejectedInputException(RejectReason.MALFORMED_FEED, "feed cannot be read: " + e, e);
        }
        Element root = doc.getDocumentElement();
        String name = root.getLocalName() != null ? root.getLocalName() : root.getNodeName();
        if (name.equals("rss")) {
            return rss(root);
        }
        if (name.equals("feed") && ATOM_NS.equals(root.getNamespaceURI())) {
            return atom(root);
        }
        throw new RejectedInputException(RejectReason.MALFORMED_FEED,
                "not an RSS 2.0 or Atom document (root element <" + name + ">)");
    }

    private static Feed rss(Element root) throws RejectedInputException {
        Element channel = child(root, null, "channel");
        if (channel == null) {
            throw new RejectedInputException(RejectReason.MALFORMED_FEED, "RSS document without <channel>");
        }
        List<Entry> entries = new ArrayList<>();
        for (Element item : children(channel, null, "item")) {
            String link = text(item, null, "link");
            String guid = text(item, null, "guid");
            String content = text(item, CONTENT_NS, "encoded");
            if (content == null) {
                content = text(item, null, "description");
            }
            String author = text(item, DC_NS, "creator");
            if (author == null) {
                author = text(item, null, "author");
            }
            entries.add(new Entry(guid != null ? guid : link, link, text(item, null, "title"),
                    text(item, null, "pubDate"), author, content));
        }
        return new Feed(text(channel, null, "title"), entries);
    }

    private static Feed atom(Element root) {
        List<Entry> entries = new ArrayList<>();
        for (Element entry : children(root, ATOM_NS, "entry")) {
            String link = null;
            for (Element l : children(entry, ATOM_NS, "link")) {
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    link = l.getAttribute("href");
                    break;
                }
            }
            String content = text(entry, ATOM_NS, "content");
            if (content == null) {
                content = text(entry, ATOM_NS, "summary");
            }
            Element author = child(entry, ATOM_NS, "author");
            String published = text(entry, ATOM_NS, "published");
            entries.add(new Entry(text(entry, ATOM_NS, "id"), link, text(entry, ATOM_NS, "title"),
                    published != null ? published : text(entry, ATOM_NS, "updated"),
                    author == null ? null : text(author, ATOM_NS, "name"), content));
        }
        return new Feed(text(root, ATOM_NS, "title"), entries);
    }

    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required security feature", e);
        }
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && local.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String text(Element parent, String ns, String local) {
        Element e = child(parent, ns, local);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    /** Hints for enrich from an entry. */
    static Map<String, String> hints(Entry e) {
        Map<String, String> h = new LinkedHashMap<>();
        if (e.title() != null) {
            h.put("title", e.title());
        }
        if (e.published() != null) {
            h.put("published", e.published());
        }
        if (e.author() != null) {
            h.put("author", e.author());
        }
        return h;
    }
}
