package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class FtsQueryTest {

    private final FtsQuery query = new FtsQuery(TestWorkbench.english());

    @Test
    void words_phrases_prefixes_and_operators_become_quoted_fts_terms() {
        assertThat(query.toFts("decent work")).isEqualTo("\"decent\" AND \"work\"");
        assertThat(query.toFts("\"decent work\" financ*")).isEqualTo("\"decent work\" AND \"financ\"*");
        assertThat(query.toFts("(housing OR care) NOT pandemic")).isEqualTo("(\"housing\" OR \"care\") NOT \"pandemic\"");
        assertThat(query.toFts("A/RES/77/281")).isEqualTo("\"A/RES/77/281\"");
    }

    @Test
    void fts_syntax_typed_by_the_user_is_only_text() {
        assertThat(query.toFts("title:ilo NEAR(x y) ^start")).isEqualTo("\"title:ilo\" AND \"NEAR\" AND (\"x\" AND \"y\") AND \"^start\"");
        assertThat(query.toFts("  *  - ")).isEmpty();
    }

    @Test
    void a_stray_quote_gives_a_clear_message() {
        assertThatThrownBy(() -> query.toFts("\"decent work")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("quotation mark at position 1 has no closing partner");
    }

    @Test
    void misplaced_operators_and_parentheses_are_refused_with_a_message() {
        assertThatThrownBy(() -> query.toFts("NOT finance")).hasMessageContaining("NOT must stand between two search terms");
        assertThatThrownBy(() -> query.toFts("care OR")).hasMessageContaining("OR must stand between");
        assertThatThrownBy(() -> query.toFts("(care")).hasMessageContaining("is not closed");
        assertThatThrownBy(() -> query.toFts("care)")).hasMessageContaining("has no opening");
    }
}
