package io.partita.server.storage;

import java.io.IOException;
import java.nio.file.Path;

/** A segment file failed its checks; the message names the file and what is wrong. */
public final class CorruptSegmentException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorruptSegmentException(Path file, String what) {
        super("segment file " + file + " is corrupt: " + what);
    }
}
