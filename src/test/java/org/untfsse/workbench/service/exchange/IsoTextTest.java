package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass readers accept exactly what the schema's pattern followed by Java's own parsing accepts. */
class IsoTextTest {

    @Test
    void uuids_are_read_as_the_pattern_and_uuid_from_string_read_them() {
        for (String s : List.of("3f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6b", "3F2B8C1E-0A4D-4E6F-9B7A-1C2D3E4F5A6B",
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "3f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6", "3f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6bb", "3f2b8c1e0a4d-4e6f-9b7a-1c2d3e4f5a6b-",
                "3f2b8c1g-0a4d-4e6f-9b7a-1c2d3e4f5a6b", "３f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6b", "٣f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6b",
                "", "not a uuid at all, but thirty-six ch")) {
            UUID expected = Pattern.matches(FieldReader.UUID_PATTERN, s) ? UUID.fromString(s) : null;
            assertThat(IsoText.uuid(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void dates_are_read_as_the_pattern_and_local_date_parse_read_them() {
        for (String s : List.of("2026-11-28", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
                "0000-01-01", "9999-12-31", "2026-1-01", "2026/11/28", "20261128xx", "2026-11-2８", "")) {
            LocalDate expected;
            try {
                expected = Pattern.matches(FieldReader.DATE_PATTERN, s) ? LocalDate.parse(s) : null;
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertThat(IsoText.date(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void instants_are_read_as_the_pattern_and_instant_parse_read_them() {
        for (String s : List.of("2026-11-28T17:20:43Z", "2026-11-28T17:20:43.1Z", "2026-11-28T17:20:43.123456Z",
                "2026-11-28T17:20:43.123456789Z", "2026-11-28T17:20:43.1234567890Z", "2026-11-28T17:20:43.Z",
                "2026-11-28T24:00:00Z", "2026-11-28T24:00:01Z", "2026-12-31T23:59:60Z", "2026-11-28T23:60:00Z",
                "2026-02-30T10:00:00Z", "2026-11-28t17:20:43Z", "2026-11-28T17:20:43z", "2026-11-28T17:20:43",
                "2026-11-28T17:20:43+01:00", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "2026-11-28 17:20:43Z", "")) {
            Instant expected;
            try {
                expected = Pattern.matches(FieldReader.INSTANT_PATTERN, s) ? Instant.parse(s) : null;
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertThat(IsoText.instant(s)).as(s).isEqualTo(expected);
        }
    }
}
