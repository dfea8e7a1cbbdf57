package io.partita.response;

import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldSchema;
import io.partita.model.KeyValuePair;
import io.partita.param.collection.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Reads a {@link DescribeCollectionResponse}: name, id, shards, aliases and fields. Immutable. */
public final class DescCollResponseWrapper {
    private final DescribeCollectionResponse response;
    private final List<FieldType> fields;

    /** @param response the answer to DescribeCollection */
    public DescCollResponseWrapper(DescribeCollectionResponse response) {
        this.response = Objects.requireNonNull(response, "response");
        List<FieldType> list = new ArrayList<>();
        if (response.hasSchema()) {
            for (FieldSchema f : response.getSchema().getFieldsList()) {
                FieldType.Builder b = FieldType.newBuilder()
                        .withName(f.getName())
                        .withDataType(f.getDataType())
                        .withPrimaryKey(f.getIsPrimaryKey())
                        .withAutoID(f.getAutoID())
                        .withDescription(f.getDescription())
                        .withPartitionKey(f.getIsPartitionKey())
                        .withNullable(f.getNullable());
                if (f.getDataType() == DataType.Array) {
                    b.withElementType(f.getElementType());
                }
                for (KeyValuePair kv : f.getTypeParamsList()) {
                    b.addTypeParam(kv.getKey(), kv.getValue());
                }
                list.add(b.build());
            }
        }
        this.fields = Collections.unmodifiableList(list);
    }

    private CollectionSchema schema() {
        return response.hasSchema()
                ? response.getSchema()
                : CollectionSchema.newBuilder().build();
    }

    /** @return the collection name; empty when the answer carried no schema */
    public String getCollectionName() {
        return schema().getName();
    }
    /** @return the collection description; empty when none was given */
    public String getCollectionDescription() {
        return schema().getDescription();
    }
    /** @return the collection ID assigned by the server */
    public long getCollectionID() {
        return response.getCollectionID();
    }
    /** @return the number of shards */
    public int getShardNumber() {
        return response.getShardsNum();
    }
    /** @return creation time, milliseconds since the epoch (UTC) */
    public long getCreatedUtcTimestamp() {
        return response.getCreatedUtcTimestamp();
    }
    /** @return the aliases pointing to the collection; unmodifiable, empty when none */
    public List<String> getAliases() {
        return response.getAliasesList();
    }
    /** @return the fields, in schema order; unmodifiable */
    public List<FieldType> getFields() {
        return fields;
    }

    /**
     * @param name a field name
     * @return the field, or {@code null}
     */
    public FieldType getFieldByName(String name) {
        return fields.stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }

    /** @return the primary key field, or {@code null} */
    public FieldType getPrimaryField() {
        return fields.stream().filter(FieldType::isPrimaryKey).findFirst().orElse(null);
    }

    /** @return the first vector field, or {@code null} */
    public FieldType getVectorField() {
        return fields.stream().filter(FieldType::isVector).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "Collection Description{name:'" + getCollectionName() + "', id:" + getCollectionID() + ", shardNumber:"
                + getShardNumber() + ", aliases:" + getAliases() + ", fields:" + fields + "}";
    }
}
