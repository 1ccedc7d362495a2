package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;

/**
 * A bundle file as the import and the preview read it: checked to exist and not to be too large,
 * read again as often as the import needs ({@link ParsedBundle.BundleSource}, refused once it has
 * changed), and read a first time with every check ({@link #read}).
 */
final class BundleFile {

    private final List<BundleSection<?>> sections;
    private final Messages messages;

    BundleFile(List<BundleSection<?>> sections, Messages messages) {
        this.sections = sections;
        this.messages = messages;
    }

    /** Refuses a missing file, or one larger than a bundle may be. */
    void check(Path bundle) throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new ValidationException(List.of(new Problem(bundle.toString(),
                    messages.get("error.fileMissing", bundle))));
        }
        if (Files.size(bundle) > BundleFormat.MAX_DOCUMENT_BYTES) {
            throw new ValidationException(List.of(new Problem("$", messages.get("exchange.error.tooLarge",
                    BundleFormat.MAX_DOCUMENT_BYTES / (1024 * 1024)))));
        }
    }

    /** The bundle file, each reading counted by {@code reading}; refused once its size or time differ from now. */
    ParsedBundle.BundleSource source(Path bundle, ReadingProgress reading) throws IOException {
        long size = Files.size(bundle);
        FileTime modified = Files.getLastModifiedTime(bundle);
        return new ParsedBundle.BundleSource() {
            @Override
            public InputStream open() throws IOException {
                checkUnchanged();
                return reading.track(Files.newInputStream(bundle));
            }

            @Override
            public void checkUnchanged() throws IOException {
                if (Files.size(bundle) != size || !Files.getLastModifiedTime(bundle).equals(modified)) {
                    throw new ValidationException(List.of(new Problem("$",
                            messages.get("exchange.error.changedWhileReading"))));
                }
            }
        };
    }

    /**
     * The first of {@code readings} readings, with every check; throws with the problems found.
     * {@code laterReadings}: the progress message key of the readings that follow.
     */
    ParsedBundle read(Path bundle, Progress progress, int readings, String laterReadings) throws IOException {
        check(bundle);
        ParsedBundle.BundleSource source = source(bundle,
                new ReadingProgress(progress, messages, Files.size(bundle), readings, laterReadings));
        try (InputStream in = source.open()) {
            ParsedBundle parsed = readChecking(in, source);
            ValidationException.throwIfAny(parsed.problems);
            return parsed;
        }
    }

    /**
     * The first reading: everything checked, the records of the small sections kept, those of the
     * streamed sections only counted ({@link StreamedImport} reads them again from {@code source}).
     */
    ParsedBundle readChecking(InputStream in, ParsedBundle.BundleSource source) throws IOException {
        Map<String, Consumer<Incoming<?>>> counted = new HashMap<>();
        sections.stream().filter(s -> s instanceof StreamedSection<?>).forEach(s -> counted.put(s.key(), r -> { }));
        ParsedBundle parsed = new BundleReader(sections, messages).read(in, counted, false);
        parsed.source = source;
        return parsed;
    }
}
