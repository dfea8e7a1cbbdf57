package io.partita.cli;

import picocli.CommandLine;

/** {@code partita --version}: the jar's implementation version, or "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PartitaCommand.class.getPackage().getImplementationVersion();
        return new String[] {"partita " + (v == null ? "dev" : v)};
    }
}
