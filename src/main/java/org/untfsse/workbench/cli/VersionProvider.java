package org.untfsse.workbench.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the one in the jar's manifest, or "development". */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {WorkbenchCli.NAME + " " + version()};
    }

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
