package io.newsflow.enrich.extract;

import java.util.Locale;

/** Image captions, alt text and credits ("Photo: … (Getty Images)", "Source: … via Wikimedia Commons"). */
final class CaptionRule implements BlockRule {
    /** A block opening with a credit marker is a credit when it is this short, even if it ends with a period. */
    private static final int LEADING_MARKER_MAX_WORDS = 30;

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
        if (b.proseLike()) {
            // prose mentioning a credit is prose; only a short one opening with a marker is a credit
            if (b.words > LEADING_MARKER_MAX_WORDS) {
                return false;
            }
            String t = b.lower();
            for (String marker : Lexicon.CREDITS) {
                if (t.startsWith(marker)) {
                    return true;
                }
            }
            return false;
        }
        String t = b.lower();
        for (String marker : Lexicon.CREDITS) {
            if (t.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
