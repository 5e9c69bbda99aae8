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
        String t = b.lower();
        for (String marker : Lexicon.CREDITS) {
            int at = t.indexOf(marker);
            if (at < 0) {
                continue;
            }
            if (!b.proseLike()) {
                return true;
            }
            if (at == 0 && b.words <= LEADING_MARKER_MAX_WORDS) {
                return true;
            }
        }
        return false;
    }
}
