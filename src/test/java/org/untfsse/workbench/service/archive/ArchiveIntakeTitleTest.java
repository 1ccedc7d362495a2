package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default title a document gets from its file name. */
class ArchiveIntakeTitleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Annual_report_2024.pdf|Annual report 2024",
            "  notes   of  the  47th meeting.docx |notes of the 47th meeting",
            "README|README",
            ".hidden|.hidden",
            "تقرير_الاجتماع.pdf|تقرير الاجتماع",
            // bidi override / isolate characters that would make the name display reversed are dropped
            "invoice\u202Efdp.exe|invoicefdp",
            "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069.txt|abcdefgh",
    })
    void the_title_is_the_visible_name_without_its_extension(String fileName, String title) {
        assertThat(ArchiveIntake.titleFromName(fileName)).isEqualTo(title);
    }
}
