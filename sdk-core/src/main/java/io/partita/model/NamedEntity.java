package io.partita.model;

/**
 * The shape shared by the RBAC answers' one-field entities ({@link ObjectEntity}, {@link PrivilegeEntity},
 * {@link UserEntity}): a name, equal when the class and the name are. Package-private: each
 * public entity extends it and keeps the official accessor name {@code getName}.
 */
abstract class NamedEntity {
    private final String name;

    NamedEntity(String name) {
        this.name = name;
    }

    /** @return the name; empty when the server sent none, never {@code null} */
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && name.equals(((NamedEntity) o).name));
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name=" + name + "}";
    }
}
