package org.untfsse.workbench.service.exchange;

/**
 * One record read from a bundle, with the JSON path it came from.
 *
 * @param personalOmitted the bundle left out its contact fields ({@code --omit-personal})
 */
public record Incoming<T>(T record, String path, boolean personalOmitted) {
}
