package org.untfsse.workbench.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untfsse.workbench.service.archive.ExecutableFileRule;

class SafeFileNameTest {

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("report.pdf", "report.pdf"),
                Arguments.of("Rapport annuel — économie sociale.docx", "Rapport annuel — économie sociale.docx"),
                Arguments.of("تقرير.pdf", "تقرير.pdf"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\Windows\\System32\\drivers", "drivers"),
                Arguments.of("a/b\\c", "c"),
                Arguments.of("/", "file"),
                Arguments.of("..", "file"),
                Arguments.of("folder/..", "file"),
                Arguments.of("C:\\Users\\me\\brief.pdf", "brief.pdf"),
                Arguments.of("what? <now> \"quoted\" a|b*c.txt", "what_ _now_ _quoted_ a_b_c.txt"),
                Arguments.of("report.pdf:hidden.exe", "report.pdf_hidden.exe"),
                Arguments.of("line\nbreak\r\tand\u0000nul.txt", "linebreakandnul.txt"),
                Arguments.of("CON", "_CON"),
                Arguments.of("CON.txt", "_CON.txt"),
                Arguments.of("con.tar.gz", "_con.tar.gz"),
                Arguments.of("Prn", "_Prn"),
                Arguments.of("aux.pdf", "_aux.pdf"),
                Arguments.of("NUL", "_NUL"),
                Arguments.of("COM1.docx", "_COM1.docx"),
                Arguments.of("lpt9", "_lpt9"),
                Arguments.of("CONSOLE.txt", "CONSOLE.txt"),
                Arguments.of("COM10.txt", "COM10.txt"),
                Arguments.of("name.", "name"),
                Arguments.of("name . . ", "name"),
                Arguments.of("setup.exe. ", "setup.exe"),
                Arguments.of(".hidden", "hidden"),
                Arguments.of("\u202Egnp.exe", "gnp.exe"),
                Arguments.of("invoice\u202Efdp.exe", "invoicefdp.exe"),
                Arguments.of("zero\u200Bwidth\u2066.pdf", "zerowidth.pdf"),
                Arguments.of("many     spaces.txt", "many spaces.txt"),
                Arguments.of("", "file"),
                Arguments.of("   ", "file"),
                Arguments.of(null, "file"),
                Arguments.of("...", "file"),
                Arguments.of("\u202E", "file"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("hostileNames")
    void a_name_from_outside_becomes_a_safe_file_name(String hostile, String expected) {
        assertThat(SafeFileName.of(hostile)).isEqualTo(expected);
    }

    @Test
    void an_empty_result_becomes_the_fallback_itself_made_safe() {
        assertThat(SafeFileName.of("   ", "attachment")).isEqualTo("attachment");
        assertThat(SafeFileName.of("", "../abc123")).isEqualTo("abc123");
        assertThat(SafeFileName.of("", "")).isEqualTo("file");
    }

    @Test
    void a_500_character_name_is_cut_to_200_utf8_bytes_keeping_its_extension() {
        String ascii = SafeFileName.of("a".repeat(500) + ".pdf");
        assertThat(ascii).endsWith(".pdf").hasSize(200);

        String cyrillic = SafeFileName.of("д".repeat(500) + ".docx");
        assertThat(cyrillic).endsWith(".docx");
        assertThat(cyrillic.getBytes(StandardCharsets.UTF_8).length).isBetween(199, 200);

        String emoji = SafeFileName.of("\uD83D\uDCC4".repeat(100) + ".txt");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(emoji.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
        assertThat(emoji).endsWith(".txt");
    }

    @Test
    void a_name_that_only_looks_harmless_is_still_known_as_a_program() {
        // Removing the bell character leaves "setup.exe": the rule judges the safe name too.
        assertThat(SafeFileName.of("setup.ex\u0007e")).isEqualTo("setup.exe");
        assertThat(ExecutableFileRule.hasProgramExtension("setup.ex\u0007e")).isTrue();
        assertThat(ExecutableFileRule.hasProgramExtension("\u202Egnp.exe")).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileNames")
    void every_safe_name_can_be_written_as_one_file_inside_its_folder(String hostile, String expected, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve(SafeFileName.of(hostile));
        Files.writeString(file, "x");
        assertThat(file.toRealPath().getParent()).isEqualTo(dir.toRealPath());
    }
}
