package io.newsflow.enrich.extract;

import java.util.List;

/**
 * Image captions, alt text and credits ("Photo: … (Getty Images)", "Source: … via Wikimedia Commons",
 * "Foto: … / JSO"), and source or editor lines ("Fuente: …", "【责任编辑：…】", "المصدر : …").
 */
final class CaptionRule implements BlockRule {
    /** A block opening with a credit marker is a credit when it is this short, even if it ends with a period. */
    private static final int LEADING_MARKER_MAX_WORDS = 30;
    /** An agency code closing a credit ("/ JSO", "/AFP"): a few capitals. */
    private static final int AGENCY_MAX_CHARS = 8;
    private static final int AGENCY_MIN_CHARS = 2;
    /** Credit markers with a colon ("Photo:", "Fuente:"): only looked for when the block has one. */
    private static final List<String> WITH_COLON = Lexicon.CREDITS.stream()
            .filter(m -> m.indexOf(':') >= 0 || m.indexOf('：') >= 0).toList();
    /** Markers of words only ("getty images", "wikimedia commons"): matched on token hashes. */
    private static final TokenPhrases WORD_MARKERS = TokenPhrases.of(Lexicon.CREDITS.stream()
            .filter(CaptionRule::wordsOnly).toList());
    /** The rest ("(afp)", "/reuters", "©"): matched as written. */
    private static final List<String> SYMBOL_MARKERS = Lexicon.CREDITS.stream()
            .filter(m -> m.indexOf(':') < 0 && m.indexOf('：') < 0 && !wordsOnly(m)).toList();

    @Override
    public String name() {
        return "caption";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.words <= Thresholds.CAPTION_MAX_WORDS && isCaption(b)) {
                b.remove(name(), "image caption or credit");
            }
        }
    }

    static boolean isCaption(Block b) {
        if (b.words > LEADING_MARKER_MAX_WORDS && b.proseLike()) {
            return false; // prose mentioning a credit is prose: only a short block opening with a marker is a credit
        }
        String t = b.lower();
        if (t.indexOf(':') >= 0 || t.indexOf('：') >= 0) {
            if (hasMarker(b, t, WITH_COLON)) {
                return true;
            }
        }
        int at = WORD_MARKERS.find(b.tokenHashes);
        if (at >= 0 && (at == 0 && b.words <= LEADING_MARKER_MAX_WORDS || !b.proseLike())) {
            return true;
        }
        return hasMarker(b, t, SYMBOL_MARKERS) || !b.proseLike() && endsWithAgency(b.text);
    }

    /** Letters, digits, spaces and hyphens: a marker the token hashes can find ("cc-by" is "cc by"). */
    private static boolean wordsOnly(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-') {
                return false;
            }
        }
        return !marker.isBlank();
    }

    private static boolean hasMarker(Block b, String t, List<String> markers) {
        for (String marker : markers) {
            int at = t.indexOf(marker);
            if (at < 0) {
                continue;
            }
            if (!b.proseLike()) {
                return true;
            }
            if (leading(t, at) && b.words <= LEADING_MARKER_MAX_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The marker opens the block, behind decoration or a bracket ("【责任编辑", "(Photo:"). */
    private static boolean leading(String t, int at) {
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (!Texts.isDecoration(c) && !BylineRule.isOpeningBracket(c)) {
                return false;
            }
        }
        return true;
    }

    /** "… Photo: Jan Smit / JSO", "… /AFP": a credit's closing agency code. */
    static boolean endsWithAgency(String text) {
        int end = text.length();
        while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isUpperCase(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        int len = end - start;
        if (len < AGENCY_MIN_CHARS || len > AGENCY_MAX_CHARS) {
            return false;
        }
        int slash = start;
        while (slash > 0 && Texts.isSpace(text.charAt(slash - 1))) {
            slash--;
        }
        return slash > 1 && text.charAt(slash - 1) == '/';
    }
}
