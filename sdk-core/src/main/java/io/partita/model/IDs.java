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
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the integer primary keys; {@code null} when the keys are strings */
    public LongArray getIntId() {
        return intId;
    }
    /** @return whether the intId message was set */
    public boolean hasIntId() {
        return intId != null;
    }
    /** @return the string primary keys; {@code null} when the keys are integers */
    public StringArray getStrId() {
        return strId;
    }
    /** @return whether the strId message was set */
    public boolean hasStrId() {
        return strId != null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof IDs)) return false;
        IDs other = (IDs) o;
        return Objects.equals(intId, other.intId) && Objects.equals(strId, other.strId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intId, strId);
    }

    @Override
    public String toString() {
        return "IDs{" + "intId=" + intId + ", strId=" + strId + "}";
    }

    /** Builder for {@link IDs}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private LongArray intId;
        private StringArray strId;

        private Builder() {}

        /**
         * @param value the integer primary keys; must not be null
         * @return this builder
         */
        public Builder setIntId(LongArray value) {
            this.intId = Objects.requireNonNull(value, "intId");
            return this;
        }
        /**
         * @param value the string primary keys; must not be null
         * @return this builder
         */
        public Builder setStrId(StringArray value) {
            this.strId = Objects.requireNonNull(value, "strId");
            return this;
        }

        /** @return a new immutable {@code IDs} holding this builder's values; the builder stays usable */
        public IDs build() {
            return new IDs(this);
        }
    }
}
