package org.untfsse.workbench.service.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the bundle's ids, dates and instants from their text in one pass over the characters,
 * accepting exactly what the schema's patterns ({@link FieldReader#UUID_PATTERN} and the others)
 * and {@code UUID}/{@code LocalDate}/{@code Instant} parsing accept, without a regular expression
 * or a formatter per value (a large bundle holds millions). Unusual but valid instants (hour 24,
 * a leap second) are left to {@link Instant#parse}.
 */
final class IsoText {

    private IsoText() {
    }

    /** The UUID written as 8-4-4-4-12 hex digits (either case), or null. */
    static UUID uuid(String s) {
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
            return null;
        }
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return null;
            }
            if (i < 19) {
                msb = (msb << 4) | d;
            } else {
                lsb = (lsb << 4) | d;
            }
        }
        return new UUID(msb, lsb);
    }

    /** The date written as yyyy-MM-dd, or null. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The instant written as yyyy-MM-ddTHH:mm:ss[.fraction of 1 to 9 digits]Z, or null. */
    static Instant instant(String s) {
        int n = s.length();
        if (n < 20 || n == 21 || n > 30 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
            return null;
        }
        LocalDate date = date(s.substring(0, 10));
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int fraction = n > 20 ? digits(s, 20, n - 21) : 0;
        if (date == null || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            try {
                return Instant.parse(s); // hour 24 and leap seconds are Instant.parse's to judge
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        int nanos = fraction;
        for (int i = n - 21; i < 9 && n > 20; i++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
