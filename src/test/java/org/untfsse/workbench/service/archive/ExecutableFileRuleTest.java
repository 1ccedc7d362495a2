package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutableFileRuleTest {

    @ParameterizedTest(name = "{0} ({1}) is a program: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            setup.exe              | application/octet-stream       | true
            setup.EXE              | application/octet-stream       | true
            Report.PDF.exe         | application/pdf                | true
            'setup.exe.'           | NULL                           | true
            'setup.exe . .'        | NULL                           | true
            \u202Egnp.exe          | NULL                           | true
            run.bat                | NULL                           | true
            run.CMD                | NULL                           | true
            installer.msi          | NULL                           | true
            script.ps1             | NULL                           | true
            macro.vbs              | NULL                           | true
            payload.js             | NULL                           | true
            page.hta               | NULL                           | true
            screen.scr             | NULL                           | true
            link.lnk               | NULL                           | true
            settings.reg           | NULL                           | true
            tool.jar               | NULL                           | true
            install.sh             | NULL                           | true
            launcher.desktop       | NULL                           | true
            App.AppImage           | NULL                           | true
            Tool.app               | NULL                           | true
            run.command            | NULL                           | true
            disk.dmg               | NULL                           | true
            package.deb            | NULL                           | true
            package.rpm            | NULL                           | true
            script.py              | NULL                           | true
            folder/../evil.pl      | NULL                           | true
            'report.pdf:hidden.exe'| NULL                           | true
            readme                 | application/x-msdownload       | true
            readme                 | application/x-sh               | true
            readme                 | 'Application/Java-Archive'     | true
            readme                 | application/x-executable; a=b  | true
            report.pdf             | application/pdf                | false
            minutes.docx           | NULL                           | false
            brief.odt              | NULL                           | false
            notes.txt              | text/plain                     | false
            exe                    | NULL                           | false
            report.exe.pdf         | application/pdf                | false
            photo.jpeg             | image/jpeg                     | false
            ''                     | NULL                           | false
            NULL                   | NULL                           | false
            """)
    void a_file_is_a_program_by_its_extension_or_stored_media_type(String name, String mediaType, boolean program) {
        assertThat(ExecutableFileRule.isProgram(name, mediaType)).isEqualTo(program);
    }

    @ParameterizedTest(name = "a file starting with {0} is a program: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4D5A90000300       | true
            7F454C460201       | true
            CFFAEDFE0700       | true
            FEEDFACE0000       | true
            2321 2F62696E2F7368 | true
            255044462D312E37   | false
            504B03041400       | false
            48656C6C6F         | false
            4D                 | false
            """)
    void a_file_is_a_program_by_its_first_bytes(String hex, boolean program) {
        byte[] head = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
        assertThat(ExecutableFileRule.startsLikeProgram(head)).isEqualTo(program);
    }

    @ParameterizedTest
    @CsvSource({"'#!/bin/sh\necho', true", "'# Minutes', false"})
    void a_script_is_known_by_its_first_line(String text, boolean program) {
        assertThat(ExecutableFileRule.startsLikeProgram(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(program);
    }
}
