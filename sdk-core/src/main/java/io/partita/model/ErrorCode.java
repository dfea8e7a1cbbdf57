package io.partita.model;

/**
 * The legacy server error codes (the {@code error_code} of a status), numbered as in the Milvus protocol.
 * A code this SDK does not know is kept as a number in {@link Status#getErrorCodeValue()}.
 */
public enum ErrorCode {
    Success(0),
    UnexpectedError(1),
    ConnectFailed(2),
    PermissionDenied(3),
    CollectionNotExists(4),
    IllegalArgument(5),
    IllegalDimension(7),
    IllegalIndexType(8),
    IllegalCollectionName(9),
    IllegalTOPK(10),
    IllegalRowRecord(11),
    IllegalVectorID(12),
    IllegalSearchResult(13),
    FileNotFound(14),
    MetaFailed(15),
    CacheFailed(16),
    CannotCreateFolder(17),
    CannotCreateFile(18),
    CannotDeleteFolder(19),
    CannotDeleteFile(20),
    BuildIndexError(21),
    IllegalNLIST(22),
    IllegalMetricType(23),
    OutOfMemory(24),
    IndexNotExist(25),
    EmptyCollection(26),
    UpdateImportTaskFailure(27),
    CollectionNameNotFound(28),
    CreateCredentialFailure(29),
    UpdateCredentialFailure(30),
    DeleteCredentialFailure(31),
    GetCredentialFailure(32),
    ListCredUsersFailure(33),
    GetUserFailure(34),
    CreateRoleFailure(35),
    DropRoleFailure(36),
    OperateUserRoleFailure(37),
    SelectRoleFailure(38),
    SelectUserFailure(39),
    SelectResourceFailure(40),
    OperatePrivilegeFailure(41),
    SelectGrantFailure(42),
    RefreshPolicyInfoCacheFailure(43),
    ListPolicyFailure(44),
    NotShardLeader(45),
    NoReplicaAvailable(46),
    SegmentNotFound(47),
    ForceDeny(48),
    RateLimit(49),
    NodeIDNotMatch(50),
    UpsertAutoIDTrue(51),
    InsufficientMemoryToLoad(52),
    MemoryQuotaExhausted(53),
    DiskQuotaExhausted(54),
    TimeTickLongDelay(55),
    NotReadyServe(56),
    NotReadyCoordActivating(57),
    DataCoordNA(100),
    DDRequestRace(1000);

    private final int number;

    ErrorCode(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

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
