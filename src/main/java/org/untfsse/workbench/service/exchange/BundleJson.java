package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter.Indenter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

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
        Indenter indenter = new EncodedIndenter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * A new line and two spaces per level, as Jackson's {@code DefaultIndenter("  ", "\n")} writes
     * it, but from pre-encoded bytes (the indenter runs for every field of every record).
     */
    private static final class EncodedIndenter implements Indenter {

        private static final int LEVELS = 16;
        private static final SerializedString[] LINES = new SerializedString[LEVELS];

        static {
            for (int level = 0; level < LEVELS; level++) {
                LINES[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level < LEVELS) {
                g.writeRaw(LINES[level]);
            } else {
                g.writeRaw("\n" + "  ".repeat(level));
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
