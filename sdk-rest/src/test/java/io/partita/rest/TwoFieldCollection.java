package io.partita.rest;

import io.partita.model.DataType;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;

/** The collection the REST tests create: {@code id}, an Int64 primary key, and {@code vec}, a 2-dim float vector. */
final class TwoFieldCollection {
    private TwoFieldCollection() {}

    /** @return the parameters that create the two-field collection {@code name} */
    static CreateCollectionParam named(String name) {
        return CreateCollectionParam.newBuilder()
                .withCollectionName(name)
                .addFieldType(FieldType.newBuilder()
                        .withName("id")
                        .withDataType(DataType.Int64)
                        .withPrimaryKey(true)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("vec")
                        .withDataType(DataType.FloatVector)
                        .withDimension(2)
                        .build())
                .build();
    }
}
