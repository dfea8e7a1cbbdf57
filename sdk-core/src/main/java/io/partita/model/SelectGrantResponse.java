package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to SelectGrant: the grants of a role, optionally of one object.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class SelectGrantResponse extends StatusAnswer {
    private final List<GrantEntity> entities;

    private SelectGrantResponse(Builder b) {
        super(b.status);
        this.entities = Collections.unmodifiableList(new ArrayList<>(b.entities));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the grants; unmodifiable */
    public List<GrantEntity> getEntitiesList() {
        return entities;
    }

    /** @return the number of entities */
    public int getEntitiesCount() {
        return entities.size();
    }

    /**
     * @param index the position, from 0
     * @return one of entities
     */
    public GrantEntity getEntities(int index) {
        return entities.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SelectGrantResponse)) {
            return false;
        }
        SelectGrantResponse other = (SelectGrantResponse) o;
        return status.equals(other.status) && entities.equals(other.entities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, entities);
    }

    @Override
    public String toString() {
        return "SelectGrantResponse{" + "status=" + status + ", " + "entities=" + entities + "}";
    }

    /** Builder for {@link SelectGrantResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<GrantEntity> entities = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * @param value one of entities, appended; must not be null
         * @return this builder
         */
        public Builder addEntities(GrantEntity value) {
            entities.add(Objects.requireNonNull(value, "entities"));
            return this;
        }

        /**
         * @param values entities appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllEntities(Iterable<GrantEntity> values) {
            values.forEach(this::addEntities);
            return this;
        }

        /** @return a new immutable {@code SelectGrantResponse} holding this builder's values */
        public SelectGrantResponse build() {
            return new SelectGrantResponse(this);
        }
    }
}
