package org.untfsse.workbench.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RosterCsvReaderTest {

    private static final String HEADER = "acronym,name,kind,status,since,focal_point,title,email,phone\n";
    private final RosterCsvReader reader = new RosterCsvReader(TestWorkbench.english());

    @Test
    void a_byte_order_mark_before_the_header_is_ignored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFF" + HEADER + "ILO,International Labour Organization,UN entity,member,2013-09-30,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        RosterCsvReader.Result result = reader.read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(r -> {
            assertThat(r.acronym()).isEqualTo("ILO");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void semicolons_are_detected_as_the_separator_and_commas_stay_inside_values() {
        RosterCsvReader.Result result = reader.parse(HEADER.replace(',', ';')
                + "CIRIEC;International Centre of Research, Social and Cooperative Economy;research;observer;2023-10-02;;;;\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().get(0).name()).isEqualTo("International Centre of Research, Social and Cooperative Economy");
    }

    @Test
    void quoted_values_keep_separators_quotes_and_line_breaks_and_lines_count_physically() {
        String csv = HEADER
                + "ILO,\"Labour, \"\"decent\"\" work\",UN entity,member,2013-09-30,A Person,\"two\nline title\",,\n"
                + "\n"
                + "UNDP,United Nations Development Programme,UN entity,member,2013-09-30,,,,\r\n";
        RosterCsvReader.Result result = reader.parse(csv);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).name()).isEqualTo("Labour, \"decent\" work");
        assertThat(result.rows().get(0).title()).isEqualTo("two\nline title");
        assertThat(result.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void a_header_without_a_required_column_is_reported_on_line_1() {
        RosterCsvReader.Result result = reader.parse("acronym,name,kind,status,since,focal_point,title,phone\nILO,x,,,,,,\n");
        assertThat(result.problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("line 1:").contains("\"email\"");
    }

    @Test
    void columns_may_come_in_any_order_and_unknown_columns_are_ignored() {
        RosterCsvReader.Result result = reader.parse(
                "name,acronym,notes,kind,status,since,focal_point,title,email,phone\nWorld Health Organization,WHO,x,UN entity,member,2024-03-14,,,,\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().get(0).acronym()).isEqualTo("WHO");
        assertThat(result.rows().get(0).name()).isEqualTo("World Health Organization");
    }

    @Test
    void an_empty_file_is_a_problem() {
        assertThat(reader.parse("\uFEFF  \n").problems()).hasSize(1);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "CIRIEC,Économie,research,observer,2023-10-02,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reader.read(file).problems()).extracting(Problem::message).singleElement().asString().contains("UTF-8");
    }
}
