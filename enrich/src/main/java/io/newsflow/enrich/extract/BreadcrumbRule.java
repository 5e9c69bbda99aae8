package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A breadcrumb above the article ("Home > World > Europe", "|  Politics"): goes to section. */
final class BreadcrumbRule implements BlockRule {
    /** A breadcrumb item is a short label. */
    private static final int MAX_ITEM_WORDS = 4;
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
            if (items != null) {
                if (page.section == null && !items.isEmpty()) {
                    page.section = items.get(items.size() - 1);
                }
                b.remove(name(), "section breadcrumb (belongs in the section field)");
            }
        }
    }

    /** The labels of a breadcrumb, or null when the text is not one. */
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
        for (String part : text.split("[|>»›/]")) {
            String p = Texts.stripDecoration(part.strip());
            if (p.isEmpty()) {
                continue;
            }
            if (Texts.countWords(p) > MAX_ITEM_WORDS || !Texts.startsUpperOrDigit(p)) {
                return null;
            }
            if (!p.toLowerCase(Locale.ROOT).equals("home")) {
                items.add(p);
            }
        }
        return items.isEmpty() || items.size() > MAX_ITEMS ? null : items;
    }
}
