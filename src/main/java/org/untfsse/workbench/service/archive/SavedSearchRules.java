package org.untfsse.workbench.service.archive;

import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;

/** What a saved search must satisfy (in the archive view and on bundle import): a name, and a query the search can run. */
public final class SavedSearchRules {

    private final Messages m;
    private final FtsQuery query;

    public SavedSearchRules(Messages messages) {
        this.m = messages;
        this.query = new FtsQuery(messages);
    }

    public List<Problem> check(String name, String queryText) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem(m.get("archive.field.searchName"), m.get("archive.error.searchNameRequired")));
        }
        try {
            query.toFts(queryText);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}
