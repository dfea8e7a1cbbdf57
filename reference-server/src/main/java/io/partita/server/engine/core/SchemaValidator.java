package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a collection schema and assigns field ids (100, 101, … as Milvus does). The limits
 * are Milvus's defaults ({@code proxy.maxFieldNum} 64, {@code proxy.maxVectorFieldNum} 4,
 * {@code proxy.maxDimension} 32768, names up to 255 characters in {@link Names}), with the
 * messages of {@code internal/proxy/task.go} ({@code createCollectionTask.PreExecute}). With
 * {@code enable_dynamic_field} the hidden JSON field {@code $meta} is appended last, as Milvus's
 * proxy does when it creates such a collection. {@code maxVectorFieldNum} is 4 under every profile:
 * Milvus 2.6 keeps that default (configs/milvus.yaml and paramtable on the 2.6 branch; milvus-io/milvus
 * #49193 reverted the 2.6 tests to 4), the 10 of Milvus's master tests (#47866) is not 2.6's.
 */
final class SchemaValidator {
    static final int MAX_FIELDS = 64;
    static final int MAX_VECTOR_FIELDS = 4;
    static final int MAX_DIM = 32768;
    static final int MAX_VARCHAR = 65535;
    static final long FIRST_FIELD_ID = 100;

    private SchemaValidator() {}

    static CollectionSchema validate(LifecycleProfile profile, CollectionSchema s) {
        String name = Names.check(profile, "collection", s.name());
        if (s.fields().isEmpty()) {
            throw profile.invalidParameter("the schema of collection " + name + " has no fields");
        }
        if (s.fields().size() > MAX_FIELDS) {
            throw profile.invalidParameter("maximum field's number should be limited to " + MAX_FIELDS);
        }
        long vectorFields = s.fields().stream()
                .filter(f -> f.dataType() != null && f.dataType().isVector())
                .count();
        if (vectorFields > MAX_VECTOR_FIELDS) {
            throw profile.invalidParameter("maximum vector field's number should be limited to " + MAX_VECTOR_FIELDS);
        }
        Set<String> seen = new HashSet<>();
        int keys = 0;
        int vectors = 0;
        List<FieldSchema> out = new ArrayList<>();
        long id = FIRST_FIELD_ID;
        List<FieldSchema> structs = new ArrayList<>();
        for (FieldSchema f : s.fields()) {
            if (f.dataType() == DataType.STRUCT_ARRAY) {
                if (profile.acceptsStructArrays()) {
                    structs.add(f); // numbered after the other fields, as Milvus's rootcoord does
                }
                continue;
            }
            String fname = Names.check(profile, "field", f.name());
            if (!seen.add(fname)) {
                throw profile.invalidParameter("duplicated field name: " + fname);
            }
            if (f.dataType() == null) {
                throw profile.invalidParameter("field " + fname + " has an unsupported data type");
            }
            if (f.dataType().since26() && !profile.acceptsGeometryAndTimestamptz()) {
                // the refusal every type this server does not store gets (grpc SchemaCodec)
                throw profile.invalidParameter("field " + fname + ": data type " + LoadFields.goTypeName(f.dataType())
                        + " is not supported by the Partita reference server");
            }
            if (f.primaryKey()) {
                keys++;
                if (f.dataType() != DataType.INT64 && f.dataType() != DataType.VARCHAR) {
                    throw profile.invalidParameter("the data type of primary key " + fname
                            + " should be Int64 or VarChar, got " + f.dataType());
                }
            }
            if (f.dataType().isVector()) {
                vectors++;
            }
            if (f.dataType().isVector() && f.dataType() != DataType.SPARSE_FLOAT_VECTOR) {
                int dim = f.dim();
                if (dim <= 0 || dim > MAX_DIM) {
                    throw profile.invalidParameter("invalid dimension: "
                            + f.typeParams().get("dim") + " of field " + fname + ". should be in range 1 ~ " + MAX_DIM);
                }
                if (f.dataType() == DataType.BINARY_VECTOR && dim % 8 != 0) {
                    throw profile.invalidParameter("invalid dimension: " + dim + " of binary vector field " + fname
                            + ". should be multiple of 8");
                }
            }
            if (f.dataType() == DataType.VARCHAR) {
                String ml = f.typeParams().get("max_length");
                int max;
                try {
                    max = ml == null ? -1 : Integer.parseInt(ml.trim());
                } catch (NumberFormatException e) {
                    max = -1;
                }
                if (max <= 0 || max > MAX_VARCHAR) {
                    throw profile.invalidParameter("invalid max_length: " + ml + " of varchar field " + fname
                            + ". should be in range 1 ~ " + MAX_VARCHAR);
                }
            }
            if (f.dataType() == DataType.ARRAY) {
                ArrayRules.checkSchema(profile, f);
            }
            TextFields.checkSchema(profile, f);
            NullableRules.check(profile, f);
            out.add(new FieldSchema(
                    id++,
                    fname,
                    f.description(),
                    f.dataType(),
                    f.primaryKey(),
                    f.primaryKey() && f.autoId(),
                    f.typeParams(),
                    false,
                    f.nullable(),
                    f.defaultValue()));
        }
        if (s.enableDynamicField()) {
            out.add(FieldSchema.dynamicField().withFieldId(id++));
        }
        for (FieldSchema f : structs) {
            String fname = Names.check(profile, "field", f.name());
            if (!seen.add(fname)) {
                throw profile.invalidParameter("duplicated field name: " + fname);
            }
            FieldSchema checked = StructRules.checkSchema(profile, name, f, id, seen);
            id += 1 + checked.structFields().size();
            out.add(checked);
        }
        if (keys == 0) {
            throw profile.invalidParameter("primary key is not specified in the schema of collection " + name);
        }
        if (keys > 1) {
            throw profile.invalidParameter("there are more than one primary key in the schema of collection " + name);
        }
        if (vectors == 0) {
            throw profile.invalidParameter("schema does not contain vector field: collection " + name);
        }
        return new CollectionSchema(
                name,
                s.description(),
                out,
                s.shardsNum() <= 0 ? 1 : s.shardsNum(),
                s.consistencyLevel(),
                s.enableDynamicField());
    }
}
