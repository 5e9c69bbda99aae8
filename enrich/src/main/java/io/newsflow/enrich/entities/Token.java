package io.newsflow.enrich.entities;

/**
 * A word of a paragraph.
 *
 * @param text          surface form without a trailing possessive 's
 * @param capitalised   starts with an upper-case letter
 * @param sentenceStart first word of a sentence, of a quotation or after a colon
 * @param joined        only whitespace separates it from the previous word (no punctuation in between)
 * @param possessive    carried a possessive 's (a name run ends here)
 */
record Token(String text, boolean capitalised, boolean sentenceStart, boolean joined, boolean possessive) {

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
