package io.newsflow.enrich.text;

import java.util.Arrays;

/**
 * Short ASCII words as numbers, and a map keyed by them. A word of at most {@value #MAX_LENGTH} ASCII chars, in
 * lower case, packed eight bits a char with its length in the top byte, identifies the word exactly: a lookup is a
 * probe and one comparison of longs, with no string and no char-by-char comparison. Most words of news text are
 * that short.
 */
public final class ShortWords {

    /** Longest word that has a key. */
    public static final int MAX_LENGTH = 7;
    /** What {@link #key} returns for a word without one (longer, or not ASCII). */
    public static final long NONE = 0L;
    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;

    /** An empty map. */
    public ShortWords() {
        keys = new long[64];
        values = new int[64];
    }

    /** The key of {@code chars[from, to)} in lower case, or {@link #NONE}. */
    public static long key(char[] chars, int from, int to) {
        int n = to - from;
        if (n > MAX_LENGTH || n <= 0) {
            return NONE;
        }
        long k = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 128) {
                return NONE;
            }
            k = (k << 8) | Chars.toLowerCaseAscii(c);
        }
        return k | (long) n << 56;
    }

    /** The key of a string in lower case, or {@link #NONE}. */
    public static long key(String word) {
        return key(word.toCharArray(), 0, word.length());
    }

    public int size() {
        return size;
    }

    /** The value of a key, or {@code absent}. */
    public int get(long key, int absent) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return absent;
            }
        }
    }

    /** Sets the value of a key (not {@link #NONE}). */
    public void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** Forgets every key. */
    public void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
