package io.partita.model;

import java.util.Objects;

/**
 * Primary keys: either integer ids or string ids (check {@link #hasIntId()} / {@link #hasStrId()}).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class IDs {
    private final LongArray intId;
    private final StringArray strId;

    private IDs(Builder b) {
        this.intId = b.intId;
        this.strId = b.strId;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public LongArray getIntId() { return intId; }
    public boolean hasIntId() { return intId != null; }
    public StringArray getStrId() { return strId; }
    public boolean hasStrId() { return strId != null; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof IDs)) return false;
        IDs other = (IDs) o;
        return Objects.equals(intId, other.intId)
            && Objects.equals(strId, other.strId);
    }

    @Override
    public int hashCode() { return Objects.hash(intId, strId); }

    @Override
    public String toString() {
        return "IDs{"
            + "intId=" + intId
            + ", strId=" + strId
            + "}";
    }

    /** Builder for {@link IDs}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private LongArray intId;
        private StringArray strId;

        private Builder() {}

        public Builder setIntId(LongArray value) { this.intId = Objects.requireNonNull(value, "intId"); return this; }
        public Builder setStrId(StringArray value) { this.strId = Objects.requireNonNull(value, "strId"); return this; }

        public IDs build() { return new IDs(this); }
    }
}
