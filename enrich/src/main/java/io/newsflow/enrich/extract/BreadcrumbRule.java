package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A breadcrumb above the article ("Home > World > Europe", "|  Politics"): goes to section. A breadcrumb is
 * made of labels: a line with a time, a date or a counter among its parts ("Politik | 10:22", "17/05/2022 -
 * 09:47") is metadata, and account or interface links ("Abo", "Login", "注册") are never the section.
 */
final class BreadcrumbRule implements BlockRule {
    /** A breadcrumb item is a short label. */
    private static final int MAX_ITEM_WORDS = 4;
    private static final TokenPhrases ACCOUNT_LINKS = TokenPhrases.load("account-links.txt");
    /** What {@link #items} answers for a line of labels with a time, date or counter among them. */
    static final List<String> METADATA = List.of("metadata");
    /** A breadcrumb trail is a handful of labels. */
    private static final int MAX_ITEMS = 6;

    @Override
    public String name() {
        return "breadcrumb";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        for (Block b : page.blocks) {
            if (first >= 0 && b.index >= first) {
                break;
            }
            if (b.removed) {
                continue;
            }
            List<String> items = items(b.text);
            if (items == null) {
                continue;
            }
            if (items == METADATA) {
                b.remove(name(), "metadata line (time, date or counter among labels)");
                continue;
            }
            if (items.isEmpty()) {
                b.remove(name(), "navigation links (account, interface)");
                continue;
            }
            if (page.section == null) {
                page.section = items.get(items.size() - 1);
            }
            b.remove(name(), "section breadcrumb (belongs in the section field)");
        }
    }

    /**
     * The section labels of a breadcrumb (empty when every part is an interface link), {@link #METADATA} for a
     * separated line with a time, date or counter among its parts, or null when the text is not a breadcrumb.
     */
    static List<String> items(String text) {
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '>' || c == '»' || c == '›' || c == '/') {
                separator = true;
                break;
            }
        }
        if (!separator || Texts.endsSentence(text)) {
            return null;
        }
        List<String> items = new ArrayList<>();
        boolean interfaceOnly = true;
        for (String part : text.split("[|>»›/]")) {
            String p = Texts.stripDecoration(part.strip());
            if (p.isEmpty()) {
                continue;
            }
            if (Character.isDigit(p.charAt(0))) {
                return METADATA; // "10:22", "6 comments", "17/05/2022 - 09:47": not a trail of labels
            }
            if (Texts.countWords(p) > MAX_ITEM_WORDS || !Texts.startsUpperOrDigit(p)) {
                return null; // a sentence or lower-case words
            }
            if (ACCOUNT_LINKS.isWhole(p)) {
                continue; // "Home", "Abo", "Login", "注册": links, not sections
            }
            interfaceOnly = false;
            items.add(p);
        }
        if (interfaceOnly) {
            return items;
        }
        return items.size() > MAX_ITEMS ? null : items;
    }
}
