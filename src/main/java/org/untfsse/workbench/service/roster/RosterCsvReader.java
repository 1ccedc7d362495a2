package org.untfsse.workbench.service.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/**
 * Reads the roster spreadsheets agencies send: UTF-8 with or without a byte-order mark, {@code ,}
 * or {@code ;} as separator (whichever the header row uses), quoted values that may hold
 * separators, quotes and line breaks. Column order is free; unknown columns are ignored.
 */
public final class RosterCsvReader {

    /** The rows read, and what was wrong with the file itself (encoding, header, broken quoting). */
    public record Result(List<RosterCsvRow> rows, List<Problem> problems) {
    }

    private final Messages messages;

    public RosterCsvReader(Messages messages) {
        this.messages = messages;
    }

    public Result read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new Result(List.of(), List.of(new Problem(line(1), messages.get("roster.import.error.notUtf8"))));
            }
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Problem> problems = new ArrayList<>();
        List<RosterCsvRow> rows = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(new Problem(line(1), messages.get("roster.import.error.empty")));
            return new Result(rows, problems);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(text))
                .setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = null;
            for (CSVRecord record : parser) {
                int line = physicalLine(text, record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = header(record, problems);
                    if (!problems.isEmpty()) {
                        return new Result(rows, problems);
                    }
                    continue;
                }
                rows.add(row(line, record, header));
            }
            if (header == null) {
                problems.add(new Problem(line(1), messages.get("roster.import.error.empty")));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting (a quote never closed) this way.
            problems.add(new Problem(line(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1),
                    messages.get("roster.import.error.broken", String.valueOf(e.getMessage()))));
        }
        return new Result(rows, problems);
    }

    private Map<String, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            positions.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        for (String column : RosterCsvRow.COLUMNS) {
            if (!positions.containsKey(column)) {
                problems.add(new Problem(line(1), messages.get("roster.import.error.missingColumn", column,
                        String.join(",", RosterCsvRow.COLUMNS))));
            }
        }
        return positions;
    }

    private static RosterCsvRow row(int line, CSVRecord r, Map<String, Integer> header) {
        return new RosterCsvRow(line, value(r, header, "acronym"), value(r, header, "name"), value(r, header, "kind"),
                value(r, header, "status"), value(r, header, "since"), value(r, header, "focal_point"),
                value(r, header, "title"), value(r, header, "email"), value(r, header, "phone"));
    }

    private static String value(CSVRecord r, Map<String, Integer> header, String column) {
        int index = header.get(column);
        return index < r.size() ? r.get(index).strip() : "";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header row uses: the one of {@code ;} and {@code ,} that occurs more often outside quotes. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** 1-based line of {@code position}: counts \n, \r\n and lone \r before it. */
    static int physicalLine(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private String line(int number) {
        return messages.get("roster.import.line", number);
    }
}
