// Interop scenario for the official Go SDK (github.com/milvus-io/milvus-sdk-go/v2).
//
//	interop-go -addr 127.0.0.1:19530 [-profile milvus-2.1|milvus-2.3]
//	interop-go -security -addr HOST:PORT    (security.go: TLS, RBAC, login throttle)
//
// Creates collection `book` with partition `novel`, loads, searches and queries
// it, releases `novel` with ReleasePartitions(ctx, "book", []string{"novel"}),
// checks that a search of `novel` is then refused, and checks the milvus-2.1
// constraints (SEMANTICS.md rows 3, 4, 6, 10) or their milvus-2.3 opposites.
// Prints `STEP <name> PASS|FAIL <detail>` per step; exits 1 on any failure.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/milvus-io/milvus-sdk-go/v2/client"
	"github.com/milvus-io/milvus-sdk-go/v2/entity"
)

const (
	coll = "book"
	part = "novel"
)

var failed bool

func step(name string, ok bool, format string, a ...interface{}) {
	verdict := "PASS"
	if !ok {
		verdict = "FAIL"
		failed = true
	}
	detail := strings.ReplaceAll(fmt.Sprintf(format, a...), "\n", " ")
	fmt.Printf("STEP %s %s %s\n", name, verdict, detail)
}

// expectRule checks one lifecycle rule: under milvus-2.1 the call must fail
// with a message containing want21; under milvus-2.3 it must succeed.
func expectRule(name, profile string, err error, want21 ...string) {
	if profile == "milvus-2.1" {
		ok := false
		for _, w := range want21 {
			ok = ok || (err != nil && strings.Contains(err.Error(), w))
		}
		step(name, ok, "err=%v (want one of %q)", err, want21)
	} else {
		step(name, err == nil, "err=%v (want success)", err)
	}
}

// waitSearchable polls a search of the partitions until it succeeds (60 s).
func waitSearchable(ctx context.Context, c client.Client, partitions []string) error {
	sp, _ := entity.NewIndexIvfFlatSearchParam(1)
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, err := c.Search(ctx, coll, partitions, "", nil,
			[]entity.Vector{entity.FloatVector([]float32{0.1, 0.2})}, "book_intro", entity.L2, 1, sp)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not searchable after 60s: %w", err)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func main() {
	addr := flag.String("addr", env("MILVUS_ADDR", "127.0.0.1:19530"), "gRPC address host:port")
	profile := flag.String("profile", env("PROFILE", "milvus-2.1"), "expected lifecycle rules: milvus-2.1 or milvus-2.3")
	connectOnly := flag.Bool("connect-only", false, "connect, then exit (used to list connect-time RPCs)")
	security := flag.Bool("security", false, "run the security scenario (security.go) instead")
	flag.Parse()
	if *security {
		os.Exit(securityScenario(*addr))
	}
	notLoaded := regexp.MustCompile(`not (been )?loaded`)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	c, err := client.NewGrpcClient(ctx, *addr)
	step("connect", err == nil, "addr=%s err=%v", *addr, err)
	if err != nil {
		os.Exit(1)
	}
	defer c.Close()
	if *connectOnly {
		return
	}

	if has, _ := c.HasCollection(ctx, coll); has {
		_ = c.DropCollection(ctx, coll)
	}
	schema := &entity.Schema{
		CollectionName: coll,
		Fields: []*entity.Field{
			{Name: "book_id", DataType: entity.FieldTypeInt64, PrimaryKey: true},
			{Name: "word_count", DataType: entity.FieldTypeInt64},
			{Name: "book_intro", DataType: entity.FieldTypeFloatVector, TypeParams: map[string]string{"dim": "2"}},
		},
	}
	err = c.CreateCollection(ctx, schema, 2)
	step("create_collection", err == nil, "err=%v", err)
	err = c.CreatePartition(ctx, coll, part)
	step("create_partition", err == nil, "err=%v", err)

	// 20 rows in novel (ids 0..19), 10 in _default (ids 100..109).
	insert := func(partition string, from, n int) error {
		ids, words := make([]int64, n), make([]int64, n)
		vecs := make([][]float32, n)
		for i := 0; i < n; i++ {
			ids[i] = int64(from + i)
			words[i] = int64(1000 + from + i)
			vecs[i] = []float32{float32(from+i) / 100, float32(from+i) / 50}
		}
		_, err := c.Insert(ctx, coll, partition,
			entity.NewColumnInt64("book_id", ids),
			entity.NewColumnInt64("word_count", words),
			entity.NewColumnFloatVector("book_intro", 2, vecs))
		return err
	}
	err = insert(part, 0, 20)
	if err == nil {
		err = insert("_default", 100, 10)
	}
	step("insert", err == nil, "err=%v", err)
	err = c.Flush(ctx, coll, false)
	step("flush", err == nil, "err=%v", err)
	idx, _ := entity.NewIndexIvfFlat(entity.L2, 1)
	err = c.CreateIndex(ctx, coll, "book_intro", idx, false)
	step("create_index", err == nil, "err=%v", err)

	// LoadPartitions(..., async=false) of v2.1.2 waits on ShowPartitions without
	// type=InMemory; real Milvus 2.1.0 leaves inMemory_percentages empty there,
	// so the sync form never returns (ORACLE.md). Load async, then poll.
	err = c.LoadPartitions(ctx, coll, []string{part}, true)
	if err == nil {
		err = waitSearchable(ctx, c, []string{part})
	}
	step("load_partition", err == nil, "err=%v", err)

	parts, err := c.ShowPartitions(ctx, coll)
	loaded := map[string]bool{}
	for _, p := range parts {
		loaded[p.Name] = p.Loaded
	}
	// v2.1.2 offers no InMemory ShowPartitions; real 2.1.0 then reports no
	// percentages, so Loaded is false for all. Only the listing is checked.
	_, listed := loaded[part]
	step("show_partitions", err == nil && listed, "err=%v loaded=%v", err, loaded)

	sp, _ := entity.NewIndexIvfFlatSearchParam(1)
	search := func(partitions []string) ([]int64, error) {
		res, err := c.Search(ctx, coll, partitions, "", []string{"book_id"},
			[]entity.Vector{entity.FloatVector([]float32{0.1, 0.2})}, "book_intro", entity.L2, 100, sp)
		if err != nil {
			return nil, err
		}
		var out []int64
		for _, r := range res {
			if col, ok := r.IDs.(*entity.ColumnInt64); ok {
				out = append(out, col.Data()...)
			}
		}
		return out, nil
	}
	ids, err := search([]string{part})
	allNovel := len(ids) > 0
	for _, id := range ids {
		allNovel = allNovel && id < 100
	}
	step("search_novel", err == nil && allNovel, "err=%v hits=%d all_from_novel=%v", err, len(ids), allNovel)

	want := make([]int64, 30)
	for i := range want {
		if i < 20 {
			want[i] = int64(i)
		} else {
			want[i] = int64(80 + i) // 100..109
		}
	}
	cols, err := c.QueryByPks(ctx, coll, []string{part}, entity.NewColumnInt64("book_id", want), []string{"book_id"})
	got := -1
	for _, col := range cols {
		if col.Name() == "book_id" {
			got = col.Len()
		}
	}
	step("query_novel", err == nil && got == 20, "err=%v rows=%d (want 20)", err, got)

	// Row 6: loading another partition in a separate RPC.
	err = c.LoadPartitions(ctx, coll, []string{"_default"}, true)
	if err == nil {
		err = waitSearchable(ctx, c, []string{"_default"})
	}
	// Real 2.1.0 compares replica numbers first: this SDK sends replica_number=0,
	// so the answer is the replica-mismatch message of row 2, not row 6's.
	expectRule("rule6_load_another_partition", *profile, err, "please release partitions firstly", "Should release first")
	if err == nil {
		_ = c.ReleasePartitions(ctx, coll, []string{"_default"})
	}
	// Row 3: loading the collection while a partition is loaded.
	err = c.LoadCollection(ctx, coll, false)
	expectRule("rule3_load_collection_after_partition", *profile, err, "please release partitions firstly")
	if err == nil {
		_ = c.ReleaseCollection(ctx, coll)
		if c.LoadPartitions(ctx, coll, []string{part}, true) == nil {
			_ = waitSearchable(ctx, c, []string{part})
		}
	}

	// The seed: release the partition.
	err = c.ReleasePartitions(ctx, coll, []string{part})
	step("release_partition", err == nil, "err=%v", err)

	ids, err = search([]string{part})
	step("search_after_release_refused", err != nil && notLoaded.MatchString(err.Error()), "err=%v hits=%d", err, len(ids))

	err = c.LoadCollection(ctx, coll, false)
	step("load_collection", err == nil, "err=%v", err)
	// Row 4: loading a partition while the collection is loaded.
	err = c.LoadPartitions(ctx, coll, []string{part}, true)
	expectRule("rule4_load_partition_after_collection", *profile, err, "please release collection firstly")
	// Row 10: releasing a partition of a collection-loaded collection.
	err = c.ReleasePartitions(ctx, coll, []string{part})
	expectRule("rule10_release_partition_after_load_collection", *profile, err,
		"releasing some partitions after load collection is not supported")

	err = c.ReleaseCollection(ctx, coll)
	step("release_collection", err == nil, "err=%v", err)
	err = c.DropCollection(ctx, coll)
	step("drop_collection", err == nil, "err=%v", err)
	if failed {
		os.Exit(1)
	}
}
