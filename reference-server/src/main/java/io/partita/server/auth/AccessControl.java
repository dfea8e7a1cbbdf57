package io.partita.server.auth;

import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Milvus's role-based access control: roles (the built-in {@code admin} and {@code public} plus
 * created ones), which users hold which roles, the privileges granted to roles ({@link Grant})
 * and custom privilege groups; and the check every call passes, {@link #permits}.
 *
 * <p>The rules, as Milvus's proxy applies them (internal/proxy/privilege_interceptor.go): the
 * user {@code root} may do everything; every user holds {@code public} besides its own roles;
 * the role {@code admin} may do everything; otherwise a grant permits a call when its database
 * is the call's (or {@code *}) and either its privilege is {@code All}, or it names the call's
 * privilege on the call's object type and object name (or {@code *}), or it names a built-in or
 * custom privilege group holding that privilege and its object name matches. As in Milvus's
 * rootcoord (initPublicRolePrivilege), {@code public} starts with {@code DescribeCollection} and
 * {@code ListAliases} on every database and {@code IndexDetail} on every collection.
 *
 * <p>Persisted beside the credentials in {@code <dataDir>/auth/rbac.tsv} (0600, replaced
 * atomically on every change). Thread-safe: every method is synchronized; checks are in-memory
 * lookups over a few grants.
 */
public final class AccessControl {
    /** Milvus's built-in role that may do everything. */
    public static final String ADMIN = "admin";
    /** Milvus's built-in role every user holds. */
    public static final String PUBLIC = "public";
    /** Milvus's wildcard for any object name or database. */
    public static final String ANY = "*";

    /** Milvus's text for a role that does not exist. */
    public static final String NO_ROLE = "not found the role, maybe the role isn't existed or internal system error";

    static final String NO_USER = "not found the user, maybe the user isn't existed or internal system error";
    /** Milvus's OperateUserRole answers a missing user or role with this code (the suite expects it). */
    static final int CODE_OPERATE_USER_ROLE_NOT_FOUND = 65536;

    /** Milvus's merr code ErrPrivilegeNotPermitted ("privilege not permitted"). */
    static final int CODE_PRIVILEGE_NOT_PERMITTED = 1401;

    private static final int MAX_NAME_CHARS = 255;
    /** Milvus's built-in collection-level privilege groups (RbacConfig.IsCollectionPrivilegeGroup). */
    private static final Set<String> COLLECTION_GROUPS =
            Set.of("CollectionReadOnly", "CollectionReadWrite", "CollectionAdmin");

    private static final String FILE_NAME = "rbac.tsv";

    private final Path file;
    private final CredentialStore users;
    private final Set<String> roles = new TreeSet<>();
    /** Role descriptions (Milvus 2.6: CreateRole's RoleEntity.description, AlterRole); absent = empty. */
    private final Map<String, String> descriptions = new TreeMap<>();

    private final Map<String, Set<String>> rolesOfUser = new TreeMap<>();
    private final List<Grant> grants = new ArrayList<>();
    private final Map<String, Set<String>> groups = new TreeMap<>();

    private AccessControl(Path file, CredentialStore users) {
        this.file = file;
        this.users = users;
    }

    /**
     * Opens (creating on first change) the access rules under {@code dataDir}; {@code users}
     * says which users exist.
     *
     * @throws UncheckedIOException when an existing file cannot be read
     */
    public static AccessControl open(Path dataDir, CredentialStore users) {
        AccessControl ac = new AccessControl(dataDir.resolve("auth").resolve(FILE_NAME), Objects.requireNonNull(users));
        ac.load();
        return ac;
    }

    // ---- roles ----

    /** Creates a role (Milvus's CreateRole) without a description. */
    public synchronized void createRole(String role) {
        createRole(role, "");
    }

    /** Creates a role with a description (Milvus 2.6's CreateRole carries RoleEntity.description). */
    public synchronized void createRole(String role, String description) {
        validateName("role", role, true);
        if (roles.contains(role)) {
            throw failure("role [name:\"" + role + "\"] already exists");
        }
        roles.add(role);
        if (description != null && !description.isEmpty()) {
            descriptions.put(role, description);
        }
        persist();
    }

    /**
     * Replaces a role's description (Milvus 2.6's AlterRole), with the rules and texts of
     * milvus-io/milvus internal/rootcoord/meta_table.go CheckIfAlterRole: an empty name is an
     * invalid parameter, the built-in roles cannot be altered (ErrPrivilegeNotPermitted, 1401),
     * and a role that does not exist is refused with "role not exists".
     */
    public synchronized void alterRole(String role, String description) {
        if (role == null || role.isBlank()) {
            throw invalid("role name is empty");
        }
        if (isBuiltInRole(role)) {
            throw EngineException.of(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_PRIVILEGE_NOT_PERMITTED,
                    "the role[" + role + "] is a builtin role, which can't be altered: privilege not permitted");
        }
        if (!roles.contains(role)) {
            throw failure("role not exists");
        }
        if (description == null || description.isEmpty()) {
            descriptions.remove(role);
        } else {
            descriptions.put(role, description);
        }
        persist();
    }

    /** A role's description; empty when it has none. */
    public synchronized String description(String role) {
        return descriptions.getOrDefault(role, "");
    }

    /**
     * Drops a role with its memberships; a role still holding grants is refused unless
     * {@code force}, which drops its grants too (Milvus 2.4+'s force_drop).
     */
    public synchronized void dropRole(String role, boolean force) {
        if (ADMIN.equals(role) || PUBLIC.equals(role)) {
            throw failure("the role[" + role + "] is a default role, which can't be dropped");
        }
        requireRole(role, ErrorCodes.CODE_UNEXPECTED);
        if (!force && grants.stream().anyMatch(g -> g.role().equals(role))) {
            throw failure("fail to drop the role that it has privileges. Use REVOKE API to revoke privileges");
        }
        roles.remove(role);
        descriptions.remove(role);
        rolesOfUser.values().forEach(r -> r.remove(role));
        grants.removeIf(g -> g.role().equals(role));
        persist();
    }

    /** Every role, sorted. */
    public synchronized List<String> roles() {
        return List.copyOf(roles);
    }

    /** True when the role exists. */
    public synchronized boolean roleExists(String role) {
        return roles.contains(role);
    }

    /** The users holding {@code role}, sorted. */
    public synchronized List<String> usersOf(String role) {
        List<String> out = new ArrayList<>();
        rolesOfUser.forEach((u, r) -> {
            if (r.contains(role)) {
                out.add(u);
            }
        });
        return out;
    }

    /** The roles {@code user} was given, sorted ({@code public}, which everyone holds, only when given). */
    public synchronized List<String> rolesOf(String user) {
        return List.copyOf(rolesOfUser.getOrDefault(user, Set.of()));
    }

    /** Gives {@code user} the role (Milvus's OperateUserRole AddUserToRole); giving it twice is no change. */
    public synchronized void addUserToRole(String user, String role) {
        if (!users.listUsers().contains(user)) {
            throw EngineException.of(ErrorCodes.UNEXPECTED_ERROR, CODE_OPERATE_USER_ROLE_NOT_FOUND, NO_USER);
        }
        requireRole(role, CODE_OPERATE_USER_ROLE_NOT_FOUND);
        if (rolesOfUser.computeIfAbsent(user, u -> new TreeSet<>()).add(role)) {
            persist();
        }
    }

    /** Takes the role from {@code user}; a user not holding it is no error, an unknown role is. */
    public synchronized void removeUserFromRole(String user, String role) {
        requireRole(role, ErrorCodes.CODE_UNEXPECTED);
        Set<String> held = rolesOfUser.get(user);
        if (held != null && held.remove(role)) {
            if (held.isEmpty()) {
                rolesOfUser.remove(user);
            }
            persist();
        }
    }

    /** Forgets a deleted user's roles (Milvus drops the mappings with the credential). */
    public synchronized void forgetUser(String user) {
        if (rolesOfUser.remove(user) != null) {
            persist();
        }
    }

    // ---- grants ----

    /** Grants a privilege (validated by the caller); granting it twice is no change. */
    public synchronized void grant(Grant g) {
        requireRole(g.role(), ErrorCodes.CODE_UNEXPECTED);
        requirePrivilege(g.privilege());
        for (String part : List.of(g.objectName(), g.db())) {
            if (part.indexOf('\t') >= 0 || part.indexOf('\n') >= 0) {
                throw invalid("object and database names must not contain tabs or line breaks");
            }
        }
        if (grants.stream().noneMatch(g::sameAs)) {
            grants.add(g);
            persist();
        }
    }

    /** Revokes a privilege; revoking one not granted is no error, as in Milvus. */
    public synchronized void revoke(Grant g) {
        requireRole(g.role(), ErrorCodes.CODE_UNEXPECTED);
        requirePrivilege(g.privilege());
        if (grants.removeIf(g::sameAs)) {
            persist();
        }
    }

    /**
     * The grants of {@code role} in {@code db} (and those on every database), optionally only on
     * one object type and name (null for any).
     */
    public synchronized List<Grant> grants(String role, String db, String objectType, String objectName) {
        requireRole(role, ErrorCodes.CODE_UNEXPECTED);
        return grants.stream()
                .filter(g -> g.role().equals(role))
                .filter(g -> g.db().equals(db) || g.db().equals(ANY))
                .filter(g -> objectType == null || g.objectType().equals(objectType))
                .filter(g -> objectName == null || g.objectName().equals(objectName))
                .toList();
    }

    /** Every grant, for a backup. */
    public synchronized List<Grant> allGrants() {
        return List.copyOf(grants);
    }

    // ---- privilege groups ----

    /** Creates an empty custom privilege group. */
    public synchronized void createGroup(String name) {
        validateGroupName(name);
        if (Privileges.isBuiltInGroup(name) || Privileges.isSingle(name)) {
            throw invalid("privilege group name [" + name
                    + "] is defined by built in privileges or privilege groups in system");
        }
        if (groups.containsKey(name)) {
            throw invalid("privilege group [" + name + "] already exists");
        }
        groups.put(name, new TreeSet<>());
        persist();
    }

    /** Drops a custom privilege group not used by any grant; an unknown one is no error. */
    public synchronized void dropGroup(String name) {
        validateGroupName(name);
        if (Privileges.isBuiltInGroup(name)) {
            throw invalid("the privilege group [" + name + "] is defined by built in privilege groups in system");
        }
        for (Grant g : grants) {
            if (g.privilege().equals(name)) {
                throw invalid("privilege group [" + name + "] is used by role [" + g.role()
                        + "], Use REVOKE API to revoke it first");
            }
        }
        if (groups.remove(name) != null) {
            persist();
        }
    }

    /** Adds ({@code add}) or removes single privileges of a custom group. */
    public synchronized void operateGroup(String name, List<String> privileges, boolean add) {
        validateGroupName(name);
        Set<String> members = groups.get(name);
        if (members == null) {
            throw invalid("there is no privilege group name [" + name + "] defined in system to operate");
        }
        for (String p : privileges) {
            if (!Privileges.isSingle(p)) {
                throw invalid(
                        "there is no privilege name or privilege group name [" + p + "] defined in system to operate");
            }
        }
        boolean changed = add ? members.addAll(privileges) : members.removeAll(privileges);
        if (changed) {
            persist();
        }
    }

    /** Every privilege group: the built-in ones first, then the custom ones, each with its privileges. */
    public synchronized Map<String, Set<String>> groups() {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        Privileges.builtInGroups().forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        groups.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return out;
    }

    // ---- backup and restore (Milvus 2.5+'s BackupRBAC / RestoreRBAC) ----

    /**
     * What BackupRBAC returns, as Milvus's catalog builds it (kv_catalog.go BackupRBAC): every
     * user but {@code root} with its stored hash and roles, every role but {@code admin} and
     * {@code public}, the grants of those roles on every database, the custom privilege groups.
     */
    public synchronized RbacBackup backup() {
        List<RbacBackup.User> backedUsers = new ArrayList<>();
        users.passwordHashes().forEach((name, hash) -> {
            if (!CredentialStore.ROOT_USER.equals(name)) {
                backedUsers.add(new RbacBackup.User(name, hash, rolesOf(name)));
            }
        });
        List<String> created = roles.stream().filter(r -> !isBuiltInRole(r)).toList();
        List<Grant> theirs =
                grants.stream().filter(g -> created.contains(g.role())).toList();
        Map<String, List<String>> custom = new TreeMap<>();
        groups.forEach((name, ps) -> custom.put(name, List.copyOf(ps)));
        return new RbacBackup(backedUsers, created, theirs, custom);
    }

    /**
     * Adds a backup's users, roles, grants and privilege groups (RestoreRBAC). Everything is
     * checked before anything changes, in the order and with the texts of Milvus's rootcoord
     * (meta_table.go CheckIfRBACRestorable): a role, privilege group or user that exists
     * already, a grant naming a privilege that is neither built in nor restored, a user given a
     * role that neither exists nor is restored; each refused as {@code failed to check if rbac
     * restorable: <what>: invalid parameter}. Nothing is merged or overwritten.
     */
    public synchronized void restore(RbacBackup backup) {
        Set<String> rolesAfter = new TreeSet<>(roles);
        for (String role : backup.roles()) {
            validateName("role", role, true);
            if (roles.contains(role)) {
                throw notRestorable("role [" + role + "] already exists");
            }
            rolesAfter.add(role);
        }
        Set<String> groupsAfter = new TreeSet<>(groups.keySet());
        for (Map.Entry<String, List<String>> group : backup.groups().entrySet()) {
            validateGroupName(group.getKey());
            if (groups.containsKey(group.getKey()) || Privileges.isBuiltInGroup(group.getKey())) {
                throw notRestorable("privilege group [" + group.getKey() + "] already exists");
            }
            for (String p : group.getValue()) {
                if (!Privileges.isSingle(p)) {
                    throw notRestorable("privilege [" + p + "] does not exist");
                }
            }
            groupsAfter.add(group.getKey());
        }
        for (Grant g : backup.grants()) {
            String p = g.privilege();
            if (!groupsAfter.contains(p) && !Privileges.isSingle(p) && !Privileges.isBuiltInGroup(p)) {
                throw notRestorable("privilege [" + p + "] does not exist");
            }
            // Partita also checks what Milvus's catalog would store blindly: the grant's role and names
            if (!rolesAfter.contains(g.role())) {
                throw notRestorable("role [" + g.role() + "] does not exist");
            }
            for (String part : List.of(g.objectType(), g.objectName(), g.db(), g.grantor())) {
                if (part.isEmpty() || part.indexOf('\t') >= 0 || part.indexOf('\n') >= 0) {
                    throw notRestorable("the grant of [" + p + "] to role [" + g.role()
                            + "] has an empty name or one with tabs or line breaks");
                }
            }
        }
        Map<String, String> hashes = new TreeMap<>();
        for (RbacBackup.User u : backup.users()) {
            try {
                users.checkRestorable(u.name(), u.passwordHash());
            } catch (CredentialException e) {
                throw notRestorable(e.getMessage());
            }
            if (hashes.put(u.name(), u.passwordHash()) != null) {
                throw notRestorable("user [" + u.name() + "] already exists");
            }
            for (String role : u.roles()) {
                if (!rolesAfter.contains(role)) {
                    throw notRestorable("role [" + role + "] does not exist");
                }
            }
        }
        // checked: now apply, the users first so that their roles never name a missing user
        users.restore(hashes);
        roles.addAll(backup.roles());
        backup.groups().forEach((name, ps) -> groups.put(name, new TreeSet<>(ps)));
        for (Grant g : backup.grants()) {
            if (grants.stream().noneMatch(g::sameAs)) {
                grants.add(g);
            }
        }
        for (RbacBackup.User u : backup.users()) {
            if (!u.roles().isEmpty()) {
                rolesOfUser.computeIfAbsent(u.name(), n -> new TreeSet<>()).addAll(u.roles());
            }
        }
        persist();
    }

    private static boolean isBuiltInRole(String role) {
        return ADMIN.equals(role) || PUBLIC.equals(role);
    }

    private static EngineException notRestorable(String what) {
        return EngineException.of(
                ErrorCodes.ILLEGAL_ARGUMENT,
                ErrorCodes.CODE_PARAMETER_INVALID,
                "failed to check if rbac restorable: " + what + ": invalid parameter");
    }

    // ---- the check ----

    /**
     * Whether {@code user} may use {@code privilege} (an API name such as {@code Load}) on the
     * object {@code objectType}/{@code objectName} in database {@code db}. Each privilege belongs
     * to one object type, so a grant is matched by privilege and name (the type is for the record).
     */
    public synchronized boolean permits(
            String user, String objectType, String objectName, String db, String privilege) {
        if (CredentialStore.ROOT_USER.equals(user)) {
            return true;
        }
        Set<String> held = new LinkedHashSet<>(rolesOfUser.getOrDefault(user, Set.of()));
        held.add(PUBLIC);
        if (held.contains(ADMIN)) {
            return true;
        }
        for (Grant g : grants) {
            if (held.contains(g.role())
                    && (g.db().equals(ANY) || g.db().equals(db))
                    && covers(g, objectName, privilege)) {
                return true;
            }
        }
        return false;
    }

    private boolean covers(Grant g, String objectName, String privilege) {
        if (g.privilege().equals(Privileges.ALL)) {
            return true;
        }
        boolean nameMatches = g.objectName().equals(ANY) || g.objectName().equals(objectName) || objectName.equals(ANY);
        if (g.privilege().equals(privilege) || implied(g.privilege(), privilege)) {
            // each privilege belongs to one object type, so the name decides (V2 grants file types by level)
            return g.objectName().equals(ANY) || g.objectName().equals(objectName);
        }
        Set<String> members = Privileges.isBuiltInGroup(g.privilege())
                ? Privileges.builtInGroups().get(g.privilege())
                : groups.getOrDefault(g.privilege(), Set.of());
        return nameMatches && members.contains(privilege);
    }

    /**
     * The databases {@code user} sees in ListDatabases, as Milvus's proxy filters them: null (all)
     * for root, holders of {@code admin} and holders of a grant on every database; otherwise the
     * databases named by the grants of the roles the user was given ({@code public} not counted).
     */
    public synchronized Set<String> databasesVisibleTo(String user) {
        Set<String> held = rolesOfUser.getOrDefault(user, Set.of());
        if (CredentialStore.ROOT_USER.equals(user) || held.contains(ADMIN)) {
            return null;
        }
        Set<String> dbs = new TreeSet<>();
        for (Grant g : grants) {
            if (held.contains(g.role())) {
                if (g.db().equals(ANY)) {
                    return null;
                }
                dbs.add(g.db());
            }
        }
        return dbs;
    }

    /**
     * The collections of database {@code db} that {@code user} sees in ShowCollections, as Milvus
     * 2.4+'s rootcoord filters them (internal/rootcoord/show_collection_task.go,
     * getVisibleCollections): null (all) for root, holders of {@code admin} and holders of
     * {@code All} on the global object; otherwise the names of the collections the grants of the
     * user's given roles ({@code public} not counted) name in {@code db} or on every database,
     * where a grant is on the collection object type or of a built-in collection-level
     * privilege group; null again when one of those names is {@code *}.
     */
    public synchronized Set<String> collectionsVisibleTo(String user, String db) {
        Set<String> held = rolesOfUser.getOrDefault(user, Set.of());
        if (CredentialStore.ROOT_USER.equals(user) || held.contains(ADMIN)) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        for (Grant g : grants) {
            if (!held.contains(g.role()) || !(g.db().equals(db) || g.db().equals(ANY))) {
                continue;
            }
            if (g.objectType().equals("Global") && g.privilege().equals(Privileges.ALL)) {
                return null;
            }
            if (g.objectType().equals("Collection") || COLLECTION_GROUPS.contains(g.privilege())) {
                if (g.objectName().equals(ANY)) {
                    return null;
                }
                names.add(g.objectName());
            }
        }
        return names;
    }

    /** Milvus's RelatedPrivileges: Load brings GetLoadState and GetLoadingProgress, Flush GetFlushState. */
    private static boolean implied(String granted, String requested) {
        return switch (granted) {
            case "Load" -> requested.equals("GetLoadState") || requested.equals("GetLoadingProgress");
            case "Flush" -> requested.equals("GetFlushState");
            default -> false;
        };
    }

    // ---- validation ----

    /** Milvus's ValidateRoleName (internal/proxy/util.go). */
    private static void validateName(String what, String name, boolean dollar) {
        if (name == null || name.isEmpty()) {
            throw invalid("the " + what + " name should not be empty");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw invalid("the length of " + what + " name must be not greater than limit");
        }
        char first = name.charAt(0);
        if (!(first == '_' || first < 128 && Character.isLetter(first))) {
            throw invalid("the first character of " + what + " name must be an underscore or letter");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || dollar && c == '$' || c < 128 && Character.isLetterOrDigit(c))) {
                throw invalid(what + " name can only contain numbers, letters, dollars and underscores");
            }
        }
    }

    /** Milvus's ValidatePrivilegeGroupName. */
    private static void validateGroupName(String name) {
        if (name == null || name.isEmpty()) {
            throw invalid("privilege group name should not be empty");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw invalid("the length of a privilege group name " + name + " must be less than " + MAX_NAME_CHARS
                    + " characters");
        }
        char first = name.charAt(0);
        if (!(first == '_' || first < 128 && Character.isLetter(first))) {
            throw invalid("the first character of a privilege group name " + name + " must be an underscore or letter");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c < 128 && Character.isLetterOrDigit(c))) {
                throw invalid("privilege group name " + name + " can only contain numbers, letters and underscores");
            }
        }
    }

    private void requireRole(String role, int code) {
        if (!roles.contains(role)) {
            throw EngineException.of(ErrorCodes.UNEXPECTED_ERROR, code, NO_ROLE);
        }
    }

    private void requirePrivilege(String privilege) {
        if (!Privileges.isSingle(privilege)
                && !Privileges.isBuiltInGroup(privilege)
                && !groups.containsKey(privilege)) {
            throw failure("not found the privilege name[" + privilege + "]");
        }
    }

    static EngineException failure(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_UNEXPECTED, reason);
    }

    static EngineException invalid(String reason) {
        return EngineException.of(
                ErrorCodes.ILLEGAL_ARGUMENT, ErrorCodes.CODE_PARAMETER_INVALID, reason + ": invalid parameter");
    }

    // ---- persistence ----

    private void load() {
        roles.add(ADMIN);
        roles.add(PUBLIC);
        if (!Files.exists(file)) {
            grants.add(new Grant(PUBLIC, "Global", ANY, ANY, "DescribeCollection", CredentialStore.ROOT_USER));
            grants.add(new Grant(PUBLIC, "Global", ANY, ANY, "ListAliases", CredentialStore.ROOT_USER));
            grants.add(new Grant(PUBLIC, "Collection", ANY, ANY, "IndexDetail", CredentialStore.ROOT_USER));
            return;
        }
        try {
            OwnerOnlyFiles.restrict(file);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "role" -> {
                        roles.add(f[1]);
                        if (f.length > 2 && !f[2].isEmpty()) {
                            descriptions.put(f[1], unescape(f[2]));
                        }
                    }
                    case "member" ->
                        rolesOfUser.computeIfAbsent(f[1], u -> new TreeSet<>()).add(f[2]);
                    case "grant" -> grants.add(new Grant(f[1], f[2], f[3], f[4], f[5], f[6]));
                    case "group" ->
                        groups.put(
                                f[1],
                                new TreeSet<>(f.length < 3 || f[2].isEmpty() ? List.of() : List.of(f[2].split(","))));
                    default -> {
                        // a blank line or a record of a newer version: skipped
                    }
                }
            }
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            throw new UncheckedIOException(
                    "cannot read access rules from " + file, e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void persist() {
        StringBuilder out = new StringBuilder();
        roles.forEach(r -> {
            out.append("role\t").append(r);
            String d = descriptions.get(r);
            if (d != null) {
                out.append('\t').append(escape(d)); // a description may hold tabs and line breaks
            }
            out.append('\n');
        });
        rolesOfUser.forEach((u, rs) -> rs.forEach(
                r -> out.append("member\t").append(u).append('\t').append(r).append('\n')));
        grants.forEach(g -> out.append(g.toLine()).append('\n'));
        groups.forEach((name, ps) -> out.append("group\t")
                .append(name)
                .append('\t')
                .append(String.join(",", ps))
                .append('\n'));
        try {
            OwnerOnlyFiles.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write access rules to " + file, e);
        }
    }

    /** A description on one line of the rules file: backslash, tab, CR and LF escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
