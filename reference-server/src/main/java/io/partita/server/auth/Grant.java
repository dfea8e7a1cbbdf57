package io.partita.server.auth;

/**
 * One privilege granted to a role, as Milvus stores it: on an object type ({@code Global},
 * {@code Collection}, {@code User}) and object name ({@code *} for any) in a database
 * ({@code *} for all of them), by a grantor.
 *
 * @param role the role holding it
 * @param objectType {@code Global}, {@code Collection} or {@code User}
 * @param objectName the collection or user name, {@code *} for any
 * @param db the database name, {@code *} for every database
 * @param privilege the API name: a single privilege ({@code Search}, {@code All}), a built-in
 *     group ({@code ClusterReadOnly}) or a custom privilege group
 * @param grantor the user who granted it
 */
public record Grant(String role, String objectType, String objectName, String db, String privilege, String grantor) {
    /** The same grant without its grantor, which does not take part in equality of grants. */
    boolean sameAs(Grant other) {
        return role.equals(other.role)
                && objectType.equals(other.objectType)
                && objectName.equals(other.objectName)
                && db.equals(other.db)
                && privilege.equals(other.privilege);
    }

    String toLine() {
        return String.join("\t", "grant", role, objectType, objectName, db, privilege, grantor);
    }
}
