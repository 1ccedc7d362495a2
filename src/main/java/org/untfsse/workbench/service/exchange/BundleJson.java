package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one Jackson set-up of the bundle: reading bounded against hostile files, writing in the
 * canonical layout (two-space indent, {@code "key": value}, {@code []} for empty lists, {@code \n}).
 */
final class BundleJson {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(BundleFormat.MAX_NESTING_DEPTH)
                    .maxStringLength(BundleFormat.MAX_STRING_LENGTH)
                    .maxDocumentLength(BundleFormat.MAX_DOCUMENT_BYTES)
                    .maxNameLength(BundleFormat.MAX_NAME_LENGTH)
                    .build())
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private BundleJson() {
    }

    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
