package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast word tokenizer for entity finding: letters and digits, with apostrophes, hyphens and the dots of
 * abbreviations (U.S.) kept inside words. It records what separates words (sentence ends, quotes, commas) because
 * a run of capitalised words must not cross punctuation.
 */
final class WordTokenizer {

    private WordTokenizer() {
    }

    static List<Token> tokenize(String paragraph) {
        List<Token> out = new ArrayList<>(paragraph.length() / 5);
        int n = paragraph.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean onlySpace = true;
        while (i < n) {
            char c = paragraph.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    onlySpace = false;
                    if (endsSentence(c)) {
                        sentenceStart = true;
                    }
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && inWord(paragraph, i)) {
                i++;
            }
            // Abbreviations such as U.S. and U.K.: single letters separated by dots keep their final dot.
            if (i < n && paragraph.charAt(i) == '.' && (isDottedAbbreviation(paragraph, start, i)
                    || i - start == 1 && Character.isUpperCase(paragraph.charAt(start)))) {
                // ...and so does a middle initial ("George W. Bush"): its dot does not end the sentence.
                i++;
            }
            String text = paragraph.substring(start, i);
            boolean possessive = false;
            if (text.length() > 2) {
                char last = text.charAt(text.length() - 1);
                char apos = text.charAt(text.length() - 2);
                if ((last == 's' || last == 'S') && isApostrophe(apos)) {
                    text = text.substring(0, text.length() - 2);
                    possessive = true;
                }
            }
            boolean cap = Character.isUpperCase(text.charAt(0));
            out.add(new Token(text, cap, sentenceStart, onlySpace && !out.isEmpty(), possessive));
            sentenceStart = false;
            onlySpace = true;
        }
        return out;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201C'
                || c == '\u2022';
    }

    private static boolean inWord(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c == '\'' || c == '\u2019' || c == '-' || c == '.') {
            return i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)) && i > 0
                    && Character.isLetterOrDigit(s.charAt(i - 1))
                    && (c != '.' || (Character.isUpperCase(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i + 1))));
        }
        return false;
    }

    private static boolean isDottedAbbreviation(String s, int start, int end) {
        // X.Y or X.Y.Z: alternating single upper-case letters and dots.
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            boolean letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
