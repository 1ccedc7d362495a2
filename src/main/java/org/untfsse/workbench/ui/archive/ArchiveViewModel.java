package org.untfsse.workbench.ui.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.archive.AddOutcome;
import org.untfsse.workbench.service.archive.ArchiveService;
import org.untfsse.workbench.service.archive.LinkTarget;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.SafeFileName;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * The Archive view's state: the search (text, filters, order), its results as a lazily paged
 * list, the selected document, and the commands on them. Talks to the services; never to a control.
 */
public final class ArchiveViewModel {

    private final ArchiveService archive;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ArchiveDialogs archiveDialogs;
    private final DocumentOpener opener;
    private final Messages m;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchSort> sort = new SimpleObjectProperty<>(SearchSort.RELEVANCE);
    private final ReadOnlyObjectWrapper<List<SearchHit>> results = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper queryProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper archiveEmpty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Document> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();

    public ArchiveViewModel(ArchiveService archive, RosterService roster, TaskRunner tasks, DialogService dialogs,
                            ArchiveDialogs archiveDialogs, DocumentOpener opener, Messages messages) {
        this.archive = archive;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.archiveDialogs = archiveDialogs;
        this.opener = opener;
        this.m = messages;
    }

    // ---- loading and searching ---------------------------------------------------------------------

    /** Reloads the filter lists and saved searches, then runs the search (when the view comes to the front). */
    public void refresh() {
        years.setAll(archive.years());
        tags.setAll(archive.tags());
        languages.setAll(archive.languages());
        organizations.setAll(roster.allOrganizations());
        savedSearches.setAll(archive.savedSearches());
        search();
    }

    /** Runs the current search: counts the matches and sets a fresh lazily paged result list. */
    public void search() {
        String text = query.get();
        Optional<Problem> problem = archive.checkQuery(text);
        if (problem.isPresent()) {
            queryProblem.set(problem.get().message());
            return;
        }
        queryProblem.set("");
        DocumentFilter filter = filter();
        SearchSort order = sort.get();
        long count = archive.count(text, filter);
        total.set(count);
        results.set(new PagedResults((int) Math.min(Integer.MAX_VALUE, count),
                (offset, limit) -> archive.search(text, filter, order, offset, limit)));
        boolean searching = !text.isBlank() || !filter.isEmpty();
        archiveEmpty.set(!searching && count == 0);
        status.set(searching ? m.get("archive.status.matches", count) : m.get("archive.status.count", count));
    }

    public DocumentFilter filter() {
        Organization org = organization.get();
        return new DocumentFilter(kind.get(), year.get(), org == null ? null : org.id(), tag.get(), language.get());
    }

    public void clearFilters() {
        kind.set(null);
        year.set(null);
        organization.set(null);
        tag.set(null);
        language.set(null);
        search();
    }

    public void select(SearchHit hit) {
        selected.set(hit == null ? null : archive.document(hit.id()).orElse(null));
    }

    // ---- adding ------------------------------------------------------------------------------------

    public void chooseAndAddFiles() {
        List<Path> files = archiveDialogs.chooseFiles(m.get("archive.chooser.title"), m.get("archive.chooser.files"));
        if (!files.isEmpty()) {
            addFiles(files);
        }
    }

    /** Archives the files (or folders) in the background, with progress, then reports what happened. */
    public void addFiles(List<Path> paths) {
        Document template = Document.draft("", DocumentKind.OTHER);
        tasks.submit(new BackgroundTask<>(m.get("archive.menu.addFiles"),
                progress -> archive.addFiles(paths, template, progress),
                this::reportAdded,
                failure -> dialogs.showFailure(m.get("dialog.failure.title"), failure)));
    }

    private void reportAdded(List<AddOutcome> outcomes) {
        refresh();
        List<String> lines = new ArrayList<>();
        long added = outcomes.stream().filter(o -> !o.alreadyArchived()).count();
        outcomes.stream().filter(AddOutcome::alreadyArchived).forEach(o -> lines.add(
                m.get("archive.added.duplicate", o.source().getFileName(), o.document().title())));
        outcomes.stream().filter(o -> !o.alreadyArchived() && !o.document().extractionMessage().isEmpty())
                .forEach(o -> lines.add(o.document().file().originalName() + ": " + o.document().extractionMessage()));
        if (added == 1 && lines.isEmpty()) {
            Document only = outcomes.get(0).document();
            selected.set(only);
        } else if (!lines.isEmpty() || added > 1) {
            archiveDialogs.showList(m.get("archive.added.title"), m.get("archive.added.text", added), lines);
        }
    }

    public void newRecord() {
        try {
            Document record = archive.addRecord(Document.draft(m.get("archive.newRecord.title"), DocumentKind.OTHER));
            refresh();
            selected.set(record);
        } catch (ValidationException e) {
            dialogs.showProblems(m.get("archive.newRecord.title"), null, e.problems());
        }
    }

    // ---- the selected document ---------------------------------------------------------------------

    /** Saves edited details of the selected document; returns the problems (nothing is saved when there are any). */
    public List<Problem> saveDetails(Document edited) {
        try {
            Document saved = archive.updateMetadata(edited);
            if (!saved.equals(selected.get())) {
                selected.set(saved);
                search();
            }
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }

    // ---- links to meetings and decisions ------------------------------------------------------------

    /** Meetings the selected document can be linked to, newest first. */
    public List<LinkTarget> linkableMeetings() {
        return archive.links().meetings();
    }

    public List<LinkTarget> decisionsOf(LinkTarget meeting) {
        return meeting == null ? List.of() : archive.links().decisionsOf(meeting.id());
    }

    public String meetingLabel(UUID id) {
        return archive.links().meeting(id).map(LinkTarget::label).orElse(m.get("archive.link.missing", id));
    }

    public String decisionLabel(UUID id) {
        return archive.links().decision(id).map(LinkTarget::label).orElse(m.get("archive.link.missing", id));
    }

    /** Links the selected document to a meeting (saved at once); returns the problems. */
    public List<Problem> linkMeeting(UUID meetingId) {
        return relink(meetingId, true, true);
    }

    public List<Problem> unlinkMeeting(UUID meetingId) {
        return relink(meetingId, true, false);
    }

    public List<Problem> linkDecision(UUID decisionId) {
        return relink(decisionId, false, true);
    }

    public List<Problem> unlinkDecision(UUID decisionId) {
        return relink(decisionId, false, false);
    }

    private List<Problem> relink(UUID target, boolean meeting, boolean add) {
        Document d = selected.get();
        if (d == null || target == null) {
            return List.of();
        }
        List<UUID> meetings = new ArrayList<>(d.meetingIds());
        List<UUID> decisions = new ArrayList<>(d.decisionIds());
        List<UUID> changed = meeting ? meetings : decisions;
        changed.remove(target);
        if (add) {
            changed.add(target);
        }
        return saveDetails(d.withLinks(meetings, decisions));
    }

    public void deleteSelected() {
        Document d = selected.get();
        if (d == null || !dialogs.confirm(m.get("archive.delete.title"), m.get("archive.delete.header", d.title()),
                m.get("archive.delete.text"))) {
            return;
        }
        try {
            archive.delete(d.id());
            selected.set(null);
            refresh();
        } catch (Exception e) {
            dialogs.showFailure(m.get("dialog.failure.title"), e);
        }
    }

    public void openSelected() {
        Document d = selected.get();
        if (d == null || !d.hasFile()) {
            return;
        }
        if (archive.isProgram(d)) {
            offerInsteadOfOpening(d);
            return;
        }
        try {
            Path copy = archive.copyForOpening(d);
            if (!opener.open(copy)) {
                dialogs.showInfo(m.get("archive.button.open"), m.get("archive.open.unsupported", copy));
            }
        } catch (Exception e) {
            dialogs.showFailure(m.get("dialog.failure.title"), e);
        }
    }

    /** A program or script is never opened (it would run): say why, and offer to show or export it instead. */
    private void offerInsteadOfOpening(Document d) {
        archiveDialogs.choose(m.get("archive.open.programTitle"),
                        m.get("archive.open.programHeader", SafeFileName.of(d.file().originalName())), m.get("archive.open.programText"),
                        List.of(m.get("archive.button.reveal"), m.get("archive.button.export")))
                .ifPresent(choice -> {
                    if (choice == 0) {
                        revealSelected();
                    } else {
                        export(List.of(d.id()));
                    }
                });
    }

    public void revealSelected() {
        Document d = selected.get();
        if (d != null) {
            archive.fileOf(d).ifPresent(path -> {
                if (!opener.reveal(path)) {
                    dialogs.showInfo(m.get("archive.button.reveal"), m.get("archive.open.unsupported", path));
                }
            });
        }
    }

    /** Exports the documents with these ids (files + metadata JSON) to a folder the user picks. */
    public void export(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        archiveDialogs.chooseFolder(m.get("archive.export.chooserTitle")).ifPresent(folder ->
                tasks.submit(new BackgroundTask<>(m.get("archive.progress.exporting"),
                        progress -> archive.export(ids, folder, progress),
                        result -> dialogs.showInfo(m.get("archive.button.export"),
                                m.get("archive.export.done", result.files(), result.records(), folder)),
                        failure -> dialogs.showFailure(m.get("dialog.failure.title"), failure))));
    }

    // ---- saved searches ----------------------------------------------------------------------------

    public void saveCurrentSearch() {
        archiveDialogs.askText(m.get("archive.saved.nameTitle"), m.get("archive.saved.nameHeader"), query.get().strip())
                .ifPresent(name -> {
                    try {
                        archive.saveSearch(name, query.get(), filter(), sort.get());
                        savedSearches.setAll(archive.savedSearches());
                    } catch (ValidationException e) {
                        dialogs.showProblems(m.get("archive.saved.nameTitle"), null, e.problems());
                    }
                });
    }

    public void apply(SavedSearch saved) {
        if (saved == null) {
            return;
        }
        DocumentFilter f = saved.filter();
        query.set(saved.query());
        kind.set(f.kind());
        year.set(f.year());
        organization.set(f.organizationId() == null ? null
                : organizations.stream().filter(o -> o.id().equals(f.organizationId())).findFirst().orElse(null));
        tag.set(f.tag());
        language.set(f.language());
        sort.set(saved.sort());
        search();
    }

    public void deleteSavedSearch(SavedSearch saved) {
        if (saved != null) {
            archive.deleteSavedSearch(saved.id());
            savedSearches.setAll(archive.savedSearches());
        }
    }

    // ---- properties --------------------------------------------------------------------------------

    public StringProperty queryProperty() { return query; }
    public ObjectProperty<DocumentKind> kindProperty() { return kind; }
    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObjectProperty<Organization> organizationProperty() { return organization; }
    public ObjectProperty<String> tagProperty() { return tag; }
    public ObjectProperty<String> languageProperty() { return language; }
    public ObjectProperty<SearchSort> sortProperty() { return sort; }
    public ReadOnlyObjectProperty<List<SearchHit>> resultsProperty() { return results.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyStringProperty queryProblemProperty() { return queryProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty archiveEmptyProperty() { return archiveEmpty.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Document> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ObservableList<Integer> years() { return years; }
    public ObservableList<String> tags() { return tags; }
    public ObservableList<String> languages() { return languages; }
    public ObservableList<Organization> organizations() { return organizations; }
    public ObservableList<SavedSearch> savedSearches() { return savedSearches; }
    public Messages messages() { return m; }
}
