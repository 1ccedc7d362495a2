package org.untfsse.workbench.service.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.SafeFileName;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.roster.OrganizationRepository;

/**
 * Copies selected documents' files into a folder, under their original names made safe
 * ({@link SafeFileName}), with their metadata as JSON. A name already taken in the folder, by an
 * earlier file of this export or by a file that was there before, gets " (2)", " (3)"…: nothing in
 * the folder is overwritten except an earlier {@value #METADATA_FILE}.
 */
public final class ArchiveExporter {

    public static final String METADATA_FILE = "archive-metadata.json";

    /** How many files were copied, how many records described, and where the metadata is. */
    public record Result(int files, int records, Path metadata) {
    }

    private final ArchiveFileStore files;
    private final OrganizationRepository organizations;
    private final Database database;

    ArchiveExporter(ArchiveFileStore files, OrganizationRepository organizations, Database database) {
        this.files = files;
        this.organizations = organizations;
        this.database = database;
    }

    Result export(List<Document> selected, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        Set<String> used = new HashSet<>();
        used.add(METADATA_FILE);
        Map<String, String> exportedByHash = new LinkedHashMap<>();
        List<Map<String, Object>> records = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < selected.size(); i++) {
            Document d = selected.get(i);
            progress.update(i, selected.size(), d.title());
            Map<String, Object> record = describe(d);
            if (d.file() != null) {
                String name = exportedByHash.get(d.file().sha256());
                if (name == null) {
                    name = uniqueName(SafeFileName.of(d.file().originalName(), d.file().sha256()), used, folder);
                    Path target = folder.resolve(name).normalize();
                    if (!folder.toAbsolutePath().normalize().equals(target.toAbsolutePath().getParent())) {
                        throw new IllegalStateException("A safe file name never leaves its folder: " + name);
                    }
                    Files.copy(files.path(d.file().sha256()), target);
                    exportedByHash.put(d.file().sha256(), name);
                    copied++;
                }
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("exportedAs", name);
                file.put("originalName", d.file().originalName());
                file.put("sha256", d.file().sha256());
                file.put("mediaType", d.file().mediaType());
                file.put("size", d.file().size());
                record.put("file", file);
            }
            records.add(record);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "secretariat-workbench-archive-export");
        root.put("documents", records);
        Path metadata = folder.resolve(METADATA_FILE);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(metadata, json.writeValueAsString(root) + "\n");
        progress.update(selected.size(), selected.size(), "");
        return new Result(copied, records.size(), metadata);
    }

    private Map<String, Object> describe(Document d) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", d.id().toString());
        r.put("title", d.title());
        r.put("kind", d.kind().name());
        r.put("symbol", d.symbol());
        r.put("date", d.date() == null ? null : d.date().toString());
        r.put("languages", d.languages());
        r.put("organizations", database.read(() -> d.organizationIds().stream().map(organizations::find)
                .flatMap(java.util.Optional::stream).map(Organization::acronym).toList()));
        r.put("tags", d.tags());
        r.put("description", d.description());
        r.put("meetingIds", d.meetingIds().stream().map(UUID::toString).toList());
        r.put("decisionIds", d.decisionIds().stream().map(UUID::toString).toList());
        r.put("updatedAt", d.updatedAt() == null ? null : d.updatedAt().toString());
        return r;
    }

    /** {@code name}, or {@code name (2).ext}, {@code (3)}…, free in this export and in the folder (case-insensitively). */
    private static String uniqueName(String name, Set<String> used, Path folder) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(folder.resolve(candidate), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }
}
