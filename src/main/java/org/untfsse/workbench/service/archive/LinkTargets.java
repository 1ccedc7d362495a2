package org.untfsse.workbench.service.archive;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The meetings and decisions a document can be linked to. The meetings feature owns those
 * records; the composition root supplies them here so the archive does not depend on it.
 */
public interface LinkTargets {

    /** Every meeting, newest first. */
    List<LinkTarget> meetings();

    /** The decisions of one meeting, in number order. */
    List<LinkTarget> decisionsOf(UUID meetingId);

    Optional<LinkTarget> meeting(UUID id);

    Optional<LinkTarget> decision(UUID id);

    /** A meeting named by an officer: a regular meeting's number (47) or an id. */
    Optional<LinkTarget> meetingNamed(String numberOrId);

    /** A decision named by its number, e.g. 2024/47/2. */
    Optional<LinkTarget> decisionNumbered(String number);

    /** No meetings at all (an archive used on its own). */
    LinkTargets NONE = new LinkTargets() {
        @Override
        public List<LinkTarget> meetings() {
            return List.of();
        }

        @Override
        public List<LinkTarget> decisionsOf(UUID meetingId) {
            return List.of();
        }

        @Override
        public Optional<LinkTarget> meeting(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<LinkTarget> decision(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<LinkTarget> meetingNamed(String numberOrId) {
            return Optional.empty();
        }

        @Override
        public Optional<LinkTarget> decisionNumbered(String number) {
            return Optional.empty();
        }
    };
}
