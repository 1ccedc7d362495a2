package org.untfsse.workbench.service.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name that came from outside (a document's original file name, a field of an imported
 * bundle, an attachment's name) into a file name that is safe and means the same on Windows,
 * macOS and Linux: one name in one folder, never a path, never a device, never a name that
 * displays differently from what it is.
 *
 * <p>What it does, in order: keeps only the last part of a path ({@code ../../etc/passwd} →
 * {@code passwd}); removes control characters, invisible formatting characters (among them the
 * bidirectional overrides such as U+202E, which make {@code "\u202Egnp.exe"} display as
 * {@code "exe.png"}) and line separators; replaces the characters Windows forbids
 * ({@code < > : " / \ | ? *}) with {@code _}; shrinks runs of white space; drops leading dots (a
 * hidden file) and trailing dots and spaces (Windows drops them, so {@code "setup.exe."} would be
 * {@code setup.exe}); prefixes Windows' reserved device names ({@code CON}, {@code PRN},
 * {@code AUX}, {@code NUL}, {@code COM1}–{@code COM9}, {@code LPT1}–{@code LPT9}, with or without
 * an extension) with {@code _}; and shortens the name to {@value #MAX_BYTES} UTF-8 bytes, keeping
 * its extension. What is left empty becomes the fallback.
 */
public final class SafeFileName {

    /** Longest name in UTF-8 bytes: below every common file system's 255, with room for " (99)". */
    public static final int MAX_BYTES = 200;
    /** An extension longer than this is not kept apart when a long name is shortened. */
    private static final int MAX_EXTENSION = 16;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\u0085]");
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern RESERVED = Pattern.compile(
            "(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[1-9\\u00B9\\u00B2\\u00B3]|LPT[1-9\\u00B9\\u00B2\\u00B3])");

    private SafeFileName() {
    }

    /** The safe form of {@code name}; {@code "file"} when nothing usable is left. */
    public static String of(String name) {
        return of(name, "file");
    }

    /** The safe form of {@code name}; {@code fallback} (itself made safe) when nothing usable is left. */
    public static String of(String name, String fallback) {
        String safe = clean(name);
        if (safe.isEmpty()) {
            safe = clean(fallback);
        }
        return safe.isEmpty() ? "file" : safe;
    }

    private static String clean(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = lastPathPart(s);
        s = WINDOWS_FORBIDDEN.matcher(s).replaceAll("_");
        s = s.replaceAll("\\s+", " ");
        s = trimEnds(s);
        s = shorten(s);
        String base = (s.indexOf('.') < 0 ? s : s.substring(0, s.indexOf('.'))).strip().toUpperCase(Locale.ROOT);
        if (!s.isEmpty() && RESERVED.matcher(base).matches()) {
            s = "_" + s;
        }
        return s;
    }

    /** The part after the last / or \; "." and ".." name no file. */
    private static String lastPathPart(String s) {
        String[] parts = s.split("[/\\\\]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (!part.isEmpty()) {
                return part.equals(".") || part.equals("..") ? "" : part;
            }
        }
        return "";
    }

    private static String trimEnds(String s) {
        return s.replaceAll("^[\\s.]+", "").replaceAll("[\\s.]+$", "");
    }

    /** At most {@link #MAX_BYTES} UTF-8 bytes, cut between characters, the extension kept. */
    private static String shorten(String s) {
        if (utf8Length(s) <= MAX_BYTES) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String extension = dot > 0 && s.length() - dot <= MAX_EXTENSION + 1 ? s.substring(dot) : "";
        String base = extension.isEmpty() ? s : s.substring(0, dot);
        int budget = MAX_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int codePoint = base.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return trimEnds(kept.toString()) + extension;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
