package org.untfsse.workbench.service.common;

/**
 * One thing wrong with what the user entered or imported: {@code where} names the field, the CSV
 * line or the JSON path; {@code message} says what is wrong in the officer's language.
 */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return where == null || where.isEmpty() ? message : where + ": " + message;
    }
}
