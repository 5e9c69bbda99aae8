package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * DOM to blocks: one iterative walk (no recursion, so deep nesting is safe) that cuts text at
 * block-level elements and records the context each block sits in (chrome, caption, byline, article).
 */
final class HtmlReader {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "video", "audio", "select", "option", "button", "input", "textarea", "head",
            "title", "meta", "link", "source", "track", "map", "datalist", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "figure", "figcaption", "hr", "br",
            "form", "fieldset", "legend", "address", "center", "details", "summary", "body", "html", "menu", "hgroup",
            "picture", "img", "label");
    /** Elements that group paragraphs: the units the article container is chosen from. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "form",
            "center", "html");
    /** Every word used in the content-class sequences: a quick filter before matching sequences. */
    private static final Set<String> CONTENT_WORDS = contentWords();
    /** The content-class sequences padded with spaces, for whole-token matching in a joined class string. */
    private static final List<String> CONTENT_SEQUENCES = Lexicon.CONTENT_CLASSES.stream().map(s -> " " + s + " ")
            .toList();
    /** Container ancestors kept per block: enough for real pages, bounded for pathological nesting. */
    private static final int MAX_CONTAINER_CHAIN = 16;
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");

    /** Prefix of the chrome reason when a class or id token (not the tag or role) marks the element. */
    private static final String CLASS_CHROME = "class ";

    private HtmlReader() { }

    private static Set<String> contentWords() {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        for (String seq : Lexicon.CONTENT_CLASSES) {
            words.addAll(List.of(seq.split(" ")));
        }
        return Set.copyOf(words);
    }

    /**
     * Tokens of each distinct class attribute value on the page being read: pages repeat the same few class
     * strings on thousands of elements, and both passes ask for them (cleared per page, per thread).
     */
    private static final ThreadLocal<Map<String, List<String>>> CLASS_TOKENS =
            ThreadLocal.withInitial(java.util.HashMap::new);
    /** Beyond this many distinct class strings the cache is reset (bounded memory on generated pages). */
    private static final int CLASS_CACHE_MAX = 4096;

    static Page read(Document doc) {
        CLASS_TOKENS.get().clear();
        Element root = doc.body() != null ? doc.body() : doc;
        Map<Element, Candidate> candidates = chromeCandidates(root);
        Candidate all = candidates.get(root);
        int total = Math.max(1, all == null ? 1 : all.length());
        int totalParagraphs = all == null ? 0 : all.paragraphChars();
        Walker w = new Walker(candidates, total, totalParagraphs);
        NodeTraversor.filter(w, root);
        w.flush();
        Page page = new Page(w.blocks, true);
        page.articleElements = w.articleElements;
        return page;
    }

    /**
     * Facts about a chrome-looking element: its text length, whether it holds the h1, its paragraph text and
     * the paragraph text of the largest article container inside it (teaser cards are small ones).
     */
    private record Candidate(int length, boolean holdsHeadline, int paragraphChars, int articleParagraphChars) {
        /**
         * Holds the page's article: its h1, or an article container with a real share of the page's paragraphs.
         * An h1 in an aside, nav or footer heads that box ("More on …"), not the page.
         */
        boolean holdsArticle(int totalParagraphs, String tag) {
            boolean box = tag.equals("aside") || tag.equals("nav") || tag.equals("footer");
            return holdsHeadline && !box
                    || articleParagraphChars > Thresholds.CHROME_HELD_ARTICLE_MIN_SHARE * totalParagraphs;
        }
    }

    /**
     * Text length of the whole body and of each element that looks like chrome, and whether such an
     * element holds the article (an article container or the h1): one pass.
     */
    private static Map<Element, Candidate> chromeCandidates(Element root) {
        Map<Element, Candidate> out = new IdentityHashMap<>();
        Deque<int[]> stack = new ArrayDeque<>();
        int[] inParagraph = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (SKIP.contains(el.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("p")) {
                        inParagraph[0]++;
                    }
                    stack.push(new int[4]);
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    int len = t.getWholeText().length();
                    stack.peek()[0] += len;
                    if (inParagraph[0] > 0) {
                        stack.peek()[2] += len;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && !stack.isEmpty()) {
                    int[] me = stack.pop();
                    if (el.normalName().equals("p")) {
                        inParagraph[0]--;
                    }
                    List<String> tokens = classTokens(el);
                    boolean holds = me[1] != 0 || el.normalName().equals("h1");
                    if (articleish(el, tokens)) {
                        me[3] = Math.max(me[3], me[2]);
                    }
                    if (!stack.isEmpty()) {
                        int[] up = stack.peek();
                        up[0] += me[0];
                        up[1] |= holds ? 1 : 0;
                        up[2] += me[2];
                        up[3] = Math.max(up[3], me[3]);
                    }
                    if (el == root || chromeWhy(el, tokens) != null || Walker.isHidden(el)
                            || tokenIn(tokens, Lexicon.BYLINE_CLASSES) || tokenIn(tokens, Lexicon.CAPTION_CLASSES)) {
                        out.put(el, new Candidate(me[0], me[1] != 0, me[2], me[3]));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** Why an element is chrome by its own tag, role or class/id, or null. */
    static String chromeWhy(Element el) {
        return chromeWhy(el, classTokens(el));
    }

    static String chromeWhy(Element el, List<String> tokens) {
        String tag = el.normalName();
        switch (tag) {
            case "nav", "menu" -> { return "navigation"; }
            case "footer" -> { return "footer"; }
            case "aside" -> { return "sidebar"; }
            case "header" -> { return "header"; }
            case "form" -> {
                return el.selectFirst("input[type=email]") != null ? "sign-up form" : null;
            }
            default -> { }
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && CHROME_ROLES.contains(role)) {
            return "role " + role;
        }
        for (String t : tokens) {
            if (Lexicon.CHROME_CLASSES.contains(t)) {
                return CLASS_CHROME + t;
            }
        }
        return null;
    }

    static boolean articleish(Element el) {
        return articleish(el, classTokens(el));
    }

    static boolean articleish(Element el, List<String> tokens) {
        String tag = el.normalName();
        if (tag.equals("article") || tag.equals("main") || el.attr("role").equalsIgnoreCase("main")) {
            return true;
        }
        String itemprop = el.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.equals("articlebody") || itemprop.equals("text")) {
            return true;
        }
        boolean candidate = false;
        for (String t : tokens) {
            if (CONTENT_WORDS.contains(t)) {
                candidate = true;
                break;
            }
        }
        if (!candidate) {
            return false;
        }
        String joined = " " + String.join(" ", tokens) + " ";
        for (String seq : CONTENT_SEQUENCES) {
            if (joined.contains(seq)) {
                return true;
            }
        }
        return false;
    }

    static boolean tokenIn(List<String> tokens, Set<String> set) {
        for (String t : tokens) {
            if (set.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** class and id split into lower-case tokens at non-letters and camelCase humps. */
    static List<String> classTokens(Element el) {
        if (el.attributesSize() == 0) {
            return List.of();
        }
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> clsTokens = List.of();
        if (!cls.isEmpty()) {
            Map<String, List<String>> cache = CLASS_TOKENS.get();
            clsTokens = cache.get(cls);
            if (clsTokens == null) {
                List<String> t = new ArrayList<>();
                split(cls, t);
                clsTokens = List.copyOf(t);
                if (cache.size() >= CLASS_CACHE_MAX) {
                    cache.clear();
                }
                cache.put(cls, clsTokens);
            }
        }
        if (id.isEmpty()) {
            return clsTokens;
        }
        List<String> out = new ArrayList<>(clsTokens);
        split(id, out);
        return out;
    }

    private static void split(String s, List<String> out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 512; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && b.length() > 0 && Character.isLowerCase(s.charAt(i - 1))) {
                    out.add(b.toString());
                    b.setLength(0);
                }
                b.append(Character.toLowerCase(c));
            } else {
                if (b.length() > 0) {
                    out.add(b.toString());
                    b.setLength(0);
                }
                if (Character.isWhitespace(c) && !out.isEmpty()) {
                    out.add("");  // keeps token sequences from spanning two class names
                }
            }
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
    }

    /** Inherited context of an element on the walk stack. */
    private record Ctx(Element el, String chrome, boolean caption, boolean byline, boolean article, boolean link,
                       boolean blockLevel, int[] containers) { }

    private static final class Walker implements NodeFilter {
        private final Map<Element, Candidate> candidates;
        private final int total;
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Ctx> stack = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private Ctx startCtx;
        private Block.Kind kind;
        private int level;
        private String path;
        private int depthAtStart;
        private int containerSeq;
        /** Container ids of {@code <article>} elements. */
        final java.util.BitSet articleElements = new java.util.BitSet();

        private final int totalParagraphs;

        Walker(Map<Element, Candidate> candidates, int total, int totalParagraphs) {
            this.candidates = candidates;
            this.totalParagraphs = totalParagraphs;
            this.total = total;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (text.length() == 0) {
                    if (t.isBlank()) {
                        return FilterResult.CONTINUE;
                    }
                    startCtx = stack.peek();
                    depthAtStart = depth;
                    blockInfo();
                }
                text.append(s);
                if (stack.peek() != null && stack.peek().link) {
                    linkChars += visibleChars(s);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (SKIP.contains(tag) || isHidden(el) && !holdsMostText(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean blockLevel = BLOCKS.contains(tag);
            if (blockLevel) {
                flush();
            }
            Ctx parent = stack.peek();
            List<String> tokens = classTokens(el);
            String chrome = parent != null ? parent.chrome : null;
            boolean own = articleish(el, tokens);
            boolean article = parent != null && parent.article || own;
            if (chrome != null && article && tag.equals("blockquote") && chrome.startsWith(CLASS_CHROME)) {
                chrome = null; // a post quoted in the article (an embed box classed "social"), not share buttons
            }
            if (chrome == null && !own) {
                String why = chromeWhy(el, tokens);
                if (why != null) {
                    Candidate c = candidates.get(el);
                    if (c == null || c.length() <= Thresholds.CHROME_CONTAINER_MAX_SHARE * total
                            && c.paragraphChars() <= Thresholds.CHROME_CONTAINER_MAX_SHARE * totalParagraphs
                            && !c.holdsArticle(totalParagraphs, tag)) {
                        chrome = why;
                    }
                }
            }
            boolean caption = parent != null && parent.caption || tag.equals("figcaption")
                    || tokenIn(tokens, Lexicon.CAPTION_CLASSES) && !own && isBox(el);
            boolean byline = parent != null && parent.byline
                    || tokenIn(tokens, Lexicon.BYLINE_CLASSES) && !own && isBox(el)
                    || el.attr("rel").equalsIgnoreCase("author") || el.attr("itemprop").equalsIgnoreCase("author");
            boolean link = parent != null && parent.link || tag.equals("a");
            int[] containers = parent == null ? new int[0] : parent.containers;
            if (CONTAINERS.contains(tag)) {
                int[] c = new int[Math.min(MAX_CONTAINER_CHAIN, containers.length + 1)];
                c[0] = ++containerSeq;
                if (tag.equals("article")) {
                    articleElements.set(containerSeq);
                }
                System.arraycopy(containers, 0, c, 1, c.length - 1);
                containers = c;
            }
            stack.push(new Ctx(el, chrome, caption, byline, article, link, blockLevel, containers));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (!stack.isEmpty() && stack.peek().el == el) {
                    Ctx c = stack.pop();
                    if (c.blockLevel) {
                        flush();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Length of the text after collapsing whitespace (without building it). */
        private static int visibleChars(String s) {
            int n = 0;
            boolean gap = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Texts.isSpace(c) || Character.isISOControl(c)) {
                    gap = n > 0;
                } else {
                    n += gap ? 2 : 1;
                    gap = false;
                }
            }
            return n;
        }

        /**
         * A byline or caption class marks a small box; on an article container, on an element holding the h1
         * or on a large element it is a CMS label of the whole post or page ({@code <article class="post
         * author-jane">}, {@code <body class="single-author">}).
         */
        private boolean isBox(Element el) {
            Candidate c = candidates.get(el);
            return c == null || c.length() <= Thresholds.CONTEXT_BOX_MAX_CHARS && !c.holdsHeadline();
        }

        /** Streaming renderers park the whole page in a hidden element before showing it. */
        private boolean holdsMostText(Element el) {
            Candidate c = candidates.get(el);
            return c != null && c.length() > Thresholds.CHROME_CONTAINER_MAX_SHARE * total;
        }

        static boolean isHidden(Element el) {
            if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")) {
                return true;
            }
            String style = el.attr("style");
            if (style.isEmpty()) {
                return false;
            }
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }

        private void blockInfo() {
            kind = Block.Kind.OTHER;
            level = 0;
            StringBuilder p = new StringBuilder();
            int shown = 0;
            for (Ctx c : stack) {
                if (!c.blockLevel) {
                    continue;
                }
                String tag = c.el.normalName();
                if (kind == Block.Kind.OTHER) {
                    kind = switch (tag) {
                        case "p" -> Block.Kind.PARAGRAPH;
                        case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
                        case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
                        case "td", "th" -> Block.Kind.CELL;
                        case "blockquote" -> Block.Kind.QUOTE;
                        case "pre" -> Block.Kind.PRE;
                        default -> Block.Kind.OTHER;
                    };
                    if (kind == Block.Kind.HEADING) {
                        level = tag.charAt(1) - '0';
                    }
                }
                if (shown < 3) {
                    p.insert(0, shown == 0 ? tag : tag + ">");
                    shown++;
                }
            }
            path = p.toString();
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            String s = Texts.collapse(text);
            if (!s.isEmpty()) {
                Ctx c = startCtx;
                Block b = new Block(blocks.size(), s, kind, level, Math.min(linkChars, s.length()),
                        c != null && c.chrome != null, c == null ? null : c.chrome, c != null && c.caption,
                        c != null && c.byline, c != null && c.article, false, path, depthAtStart);
                b.containers = c == null ? new int[0] : c.containers;
                blocks.add(b);
            }
            text.setLength(0);
            linkChars = 0;
            startCtx = null;
        }
    }
}
