package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The schema of a collection: its name, description and fields.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class CollectionSchema {
    private final String name;
    private final String description;
    private final boolean autoID;
    private final List<FieldSchema> fields;

    private CollectionSchema(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.autoID = b.autoID;
        this.fields = Collections.unmodifiableList(new ArrayList<>(b.fields));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean getAutoID() { return autoID; }
    public List<FieldSchema> getFieldsList() { return fields; }
    public int getFieldsCount() { return fields.size(); }
    public FieldSchema getFields(int index) { return fields.get(index); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CollectionSchema)) return false;
        CollectionSchema other = (CollectionSchema) o;
        return Objects.equals(name, other.name)
            && Objects.equals(description, other.description)
            && Objects.equals(autoID, other.autoID)
            && Objects.equals(fields, other.fields);
    }

    @Override
    public int hashCode() { return Objects.hash(name, description, autoID, fields); }

    @Override
    public String toString() {
        return "CollectionSchema{"
            + "name=" + name
            + ", description=" + description
            + ", autoID=" + autoID
            + ", fields=" + fields
            + "}";
    }

    /** Builder for {@link CollectionSchema}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";
        private String description = "";
        private boolean autoID = false;
        private List<FieldSchema> fields = new ArrayList<>();

        private Builder() {}

        public Builder setName(String value) { this.name = Objects.requireNonNull(value, "name"); return this; }
        public Builder setDescription(String value) { this.description = Objects.requireNonNull(value, "description"); return this; }
        public Builder setAutoID(boolean value) { this.autoID = value; return this; }
        public Builder addFields(FieldSchema value) { this.fields.add(Objects.requireNonNull(value, "fields")); return this; }
        public Builder addAllFields(Iterable<? extends FieldSchema> values) { for (FieldSchema v : values) addFields(v); return this; }

        public CollectionSchema build() { return new CollectionSchema(this); }
    }
}
