package io.newsflow.enrich.topics;

import io.newsflow.enrich.text.Chars;

/**
 * Each word's stem ids, remembered per thread, case-insensitively: an open-addressing table keyed by the word's
 * lower-case chars, probed with the hash the analysed text already computed, so a word seen before costs one probe
 * and a comparison. News vocabulary repeats, so the analyzer runs once per distinct word.
 */
final class WordMemo {

    private long[] hashes;
    private char[][] keys;
    private int[][] values;
    private int size;
    private final int limit;

    /** @param limit entries kept before the memo is emptied (bounds memory on an endless stream) */
    WordMemo(int limit) {
        this.limit = limit;
        allocate(4096);
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        keys = new char[capacity][];
        values = new int[capacity][];
        size = 0;
    }

    int size() {
        return size;
    }

    /** The stem ids of {@code chars[from, to)} compared in lower case, or null when not seen yet. */
    int[] get(long hash, char[] chars, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && sameLower(key, chars, from, to)) {
                return values[slot];
            }
        }
    }

    /** Forgets every word. */
    void clear() {
        allocate(keys.length);
    }

    /** Remembers a word not in the memo; empties the memo first when it holds {@code limit} words. */
    void put(long hash, char[] chars, int from, int to, int[] stems) {
        if (size >= limit) {
            allocate(keys.length);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        char[] key = new char[to - from];
        for (int i = 0; i < key.length; i++) {
            key[i] = Chars.toLowerCase(chars[from + i]);
        }
        insert(hash, key, stems);
        size++;
    }

    private void insert(long hash, char[] key, int[] stems) {
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        keys[slot] = key;
        values[slot] = stems;
    }

    private void grow() {
        long[] oldHashes = hashes;
        char[][] oldKeys = keys;
        int[][] oldValues = values;
        int kept = size;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldHashes[i], oldKeys[i], oldValues[i]);
            }
        }
        size = kept;
    }

    private static boolean sameLower(char[] key, char[] chars, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != Chars.toLowerCase(chars[from + i])) {
                return false;
            }
        }
        return true;
    }

    private static int spread(long h) {
        return (int) (h ^ (h >>> 32));
    }
}
