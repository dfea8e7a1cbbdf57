package io.partita.model;

/**
 * The legacy server error codes (the {@code error_code} of a status), numbered as in the Milvus protocol.
 * A code this SDK does not know is kept as a number in {@link Status#getErrorCodeValue()}.
 */
public enum ErrorCode {
    /** The call succeeded. Wire value 0. */
    Success(0),
    /** A failure with no more specific code; read the reason. Wire value 1. */
    UnexpectedError(1),
    /** The server could not reach another component. Wire value 2. */
    ConnectFailed(2),
    /** The caller lacks the privilege for this call, or authentication failed. Wire value 3. */
    PermissionDenied(3),
    /** The named collection does not exist. Wire value 4. */
    CollectionNotExists(4),
    /** A request parameter is invalid; the reason names it. Wire value 5. */
    IllegalArgument(5),
    /** A vector dimension is invalid or does not match the schema. Wire value 7. */
    IllegalDimension(7),
    /** The index type is unknown or not allowed for the field. Wire value 8. */
    IllegalIndexType(8),
    /** The collection name breaks the naming rules. Wire value 9. */
    IllegalCollectionName(9),
    /** The top-k of a search is out of range. Wire value 10. */
    IllegalTOPK(10),
    /** A row does not match the schema. Wire value 11. */
    IllegalRowRecord(11),
    /** A primary key is invalid. Wire value 12. */
    IllegalVectorID(12),
    /** The search produced an inconsistent result. Wire value 13. */
    IllegalSearchResult(13),
    /** A storage file is missing. Wire value 14. */
    FileNotFound(14),
    /** Reading or writing metadata failed. Wire value 15. */
    MetaFailed(15),
    /** A cache operation failed. Wire value 16. */
    CacheFailed(16),
    /** A storage folder could not be created. Wire value 17. */
    CannotCreateFolder(17),
    /** A storage file could not be created. Wire value 18. */
    CannotCreateFile(18),
    /** A storage folder could not be deleted. Wire value 19. */
    CannotDeleteFolder(19),
    /** A storage file could not be deleted. Wire value 20. */
    CannotDeleteFile(20),
    /** Building an index failed. Wire value 21. */
    BuildIndexError(21),
    /** The {@code nlist} index parameter is out of range. Wire value 22. */
    IllegalNLIST(22),
    /** The metric type is unknown or does not fit the field or index. Wire value 23. */
    IllegalMetricType(23),
    /** The server ran out of memory. Wire value 24. */
    OutOfMemory(24),
    /** The requested index does not exist. Wire value 25. */
    IndexNotExist(25),
    /** The collection holds no data. Wire value 26. */
    EmptyCollection(26),
    /** Updating a bulk-import task failed. Wire value 27. */
    UpdateImportTaskFailure(27),
    /** No collection has the given name. Wire value 28. */
    CollectionNameNotFound(28),
    /** Creating a user credential failed. Wire value 29. */
    CreateCredentialFailure(29),
    /** Updating a user credential failed. Wire value 30. */
    UpdateCredentialFailure(30),
    /** Deleting a user credential failed. Wire value 31. */
    DeleteCredentialFailure(31),
    /** Reading a user credential failed. Wire value 32. */
    GetCredentialFailure(32),
    /** Listing the users failed. Wire value 33. */
    ListCredUsersFailure(33),
    /** Reading a user failed. Wire value 34. */
    GetUserFailure(34),
    /** Creating a role failed. Wire value 35. */
    CreateRoleFailure(35),
    /** Dropping a role failed. Wire value 36. */
    DropRoleFailure(36),
    /** Granting or revoking a role to a user failed. Wire value 37. */
    OperateUserRoleFailure(37),
    /** Listing roles failed. Wire value 38. */
    SelectRoleFailure(38),
    /** Listing users with their roles failed. Wire value 39. */
    SelectUserFailure(39),
    /** Listing resources failed. Wire value 40. */
    SelectResourceFailure(40),
    /** Granting or revoking a privilege failed. Wire value 41. */
    OperatePrivilegeFailure(41),
    /** Listing grants failed. Wire value 42. */
    SelectGrantFailure(42),
    /** Refreshing the policy cache failed. Wire value 43. */
    RefreshPolicyInfoCacheFailure(43),
    /** Listing policies failed. Wire value 44. */
    ListPolicyFailure(44),
    /** The node asked is not the leader of the shard. Wire value 45. */
    NotShardLeader(45),
    /** No loaded replica can serve the request. Wire value 46. */
    NoReplicaAvailable(46),
    /** A segment named in the request does not exist. Wire value 47. */
    SegmentNotFound(47),
    /** The server refuses this kind of request by configuration (quota force-deny). Wire value 48. */
    ForceDeny(48),
    /** The request exceeded a rate limit; retry later. Wire value 49. */
    RateLimit(49),
    /** The request was meant for a different node. Wire value 50. */
    NodeIDNotMatch(50),
    /** Upsert is not allowed on a collection whose primary key is auto-generated. Wire value 51. */
    UpsertAutoIDTrue(51),
    /** The query nodes lack memory to load the data. Wire value 52. */
    InsufficientMemoryToLoad(52),
    /** Writes are refused: the memory quota is used up. Wire value 53. */
    MemoryQuotaExhausted(53),
    /** Writes are refused: the disk quota is used up. Wire value 54. */
    DiskQuotaExhausted(54),
    /** Writes are refused: time ticks lag too far behind. Wire value 55. */
    TimeTickLongDelay(55),
    /** The server is not ready to serve yet. Wire value 56. */
    NotReadyServe(56),
    /** A standby coordinator is still activating. Wire value 57. */
    NotReadyCoordActivating(57),
    /** The data coordinator is not available. Wire value 100. */
    DataCoordNA(100),
    /** A concurrent data-definition request conflicted with this one; retry. Wire value 1000. */
    DDRequestRace(1000);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    /** @return the protocol number of this value */
    public int getNumber() {
        return number;
    }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static ErrorCode forNumber(int number) {
        for (ErrorCode v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
