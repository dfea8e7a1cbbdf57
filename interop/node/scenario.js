// Interop scenario for the official Node.js SDK (@zilliz/milvus2-sdk-node, pinned
// in package.json).
//
//   node scenario.js [HOST:PORT] [milvus-2.1|milvus-2.3]
//   (or MILVUS_ADDR / PROFILE in the environment)
//
// Creates collection `book` with partition `novel`, loads, searches, queries,
// releases `novel` with releasePartitions({collection_name, partition_names}),
// checks that a search of `novel` is then refused, and checks the milvus-2.1
// constraints (SEMANTICS.md rows 3, 4, 6, 10) or their milvus-2.3 opposites.
// Prints `STEP <name> PASS|FAIL <detail>` per step; exits 1 on any failure.
'use strict';
const { MilvusClient, DataType } = require('@zilliz/milvus2-sdk-node');

const addr = process.argv[2] || process.env.MILVUS_ADDR || '127.0.0.1:19530';
const profile = process.argv[3] || process.env.PROFILE || 'milvus-2.1';
const COLL = 'book';
const PART = 'novel';
const IN_MEMORY = 1; // ShowType.InMemory
const NOT_LOADED = /not (been )?loaded/;
let failed = false;

function step(name, ok, detail) {
  if (!ok) failed = true;
  console.log(`STEP ${name} ${ok ? 'PASS' : 'FAIL'} ${String(detail).replace(/\n/g, ' ')}`);
}
const okStatus = s => s && s.error_code === 'Success' && !s.code;
const show = s => (s ? `${s.error_code}/code=${s.code || 0} ${JSON.stringify(s.reason || '')}` : 'no status');
const sleep = ms => new Promise(r => setTimeout(r, ms));

// Under milvus-2.1 the call must fail with one of want21; under milvus-2.3 succeed.
function expectRule(name, status, ...want21) {
  if (profile === 'milvus-2.1') {
    const ok = !okStatus(status) && want21.some(w => (status.reason || '').includes(w));
    step(name, ok, `${show(status)} (want one of ${JSON.stringify(want21)})`);
  } else {
    step(name, okStatus(status), `${show(status)} (want success)`);
  }
}

async function waitPartitions(client, names, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await client.showPartitions({ collection_name: COLL, partition_names: names, type: IN_MEMORY });
    const p = last.inMemory_percentages || [];
    if (okStatus(last.status) && p.length === names.length && p.every(x => Number(x) === 100)) return last;
    await sleep(300);
  }
  throw new Error(`partitions ${names} not loaded: ${JSON.stringify(last)}`);
}

async function waitCollection(client, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await client.showCollections({ collection_names: [COLL], type: IN_MEMORY });
    const p = last.data || [];
    if (okStatus(last.status) && p.length === 1 && Number(p[0].loadedPercentage) === 100) return;
    await sleep(300);
  }
  throw new Error(`collection not loaded: ${JSON.stringify(last)}`);
}

async function main() {
  let client;
  try {
    client = new MilvusClient({ address: addr });
    await client.connectPromise;
    step('connect', true, `addr=${addr}`);
  } catch (e) {
    step('connect', false, e.message);
    process.exit(1);
  }
  const search = parts => client.search({
    collection_name: COLL, partition_names: parts, vector: [0.1, 0.2], limit: 100,
    metric_type: 'L2', params: { nprobe: 1 }, output_fields: ['book_id'], consistency_level: 0,
  });

  const has = await client.hasCollection({ collection_name: COLL });
  if (has.value) await client.dropCollection({ collection_name: COLL });

  let s = await client.createCollection({
    collection_name: COLL,
    fields: [
      { name: 'book_id', data_type: DataType.Int64, is_primary_key: true, autoID: false },
      { name: 'word_count', data_type: DataType.Int64 },
      { name: 'book_intro', data_type: DataType.FloatVector, type_params: { dim: '2' } },
    ],
  });
  step('create_collection', okStatus(s), show(s));
  s = await client.createPartition({ collection_name: COLL, partition_name: PART });
  step('create_partition', okStatus(s), show(s));

  const rows = (from, n) => Array.from({ length: n }, (_, i) => ({
    book_id: from + i, word_count: 1000 + from + i, book_intro: [(from + i) / 100, (from + i) / 50],
  }));
  const r1 = await client.insert({ collection_name: COLL, partition_name: PART, fields_data: rows(0, 20) });
  const r2 = await client.insert({ collection_name: COLL, partition_name: '_default', fields_data: rows(100, 10) });
  step('insert', okStatus(r1.status) && okStatus(r2.status), `${show(r1.status)} ${show(r2.status)}`);
  const fl = await client.flushSync({ collection_names: [COLL] });
  step('flush', okStatus(fl.status), show(fl.status));
  s = await client.createIndex({
    collection_name: COLL, field_name: 'book_intro', index_type: 'IVF_FLAT', metric_type: 'L2', params: { nlist: 1 },
  });
  step('create_index', okStatus(s), show(s));

  s = await client.loadPartitions({ collection_name: COLL, partition_names: [PART] });
  let waitErr = '';
  if (okStatus(s)) await waitPartitions(client, [PART]).catch(e => { waitErr = e.message; });
  step('load_partition', okStatus(s) && !waitErr, `${show(s)} ${waitErr}`);

  const sp = await client.showPartitions({ collection_name: COLL, partition_names: [PART], type: IN_MEMORY });
  step('show_partitions', okStatus(sp.status) && sp.partition_names[0] === PART &&
    Number(sp.inMemory_percentages[0]) === 100,
  `${show(sp.status)} names=${sp.partition_names} inMemory_percentages=${sp.inMemory_percentages}`);

  let sr = await search([PART]);
  const ids = (sr.results || []).map(r => Number(r.id));
  const allNovel = ids.length > 0 && ids.every(id => id < 100);
  step('search_novel', okStatus(sr.status) && allNovel, `${show(sr.status)} hits=${ids.length} all_from_novel=${allNovel}`);

  const q = await client.query({
    collection_name: COLL, partition_names: [PART], expr: 'book_id >= 0', output_fields: ['book_id'],
  });
  step('query_novel', okStatus(q.status) && q.data.length === 20, `${show(q.status)} rows=${(q.data || []).length} (want 20)`);

  // Row 6: loading another partition in a separate RPC.
  s = await client.loadPartitions({ collection_name: COLL, partition_names: ['_default'] });
  expectRule('rule6_load_another_partition', s, 'please release partitions firstly', 'Should release first');
  if (okStatus(s)) {
    await waitPartitions(client, ['_default']).catch(() => {});
    await client.releasePartitions({ collection_name: COLL, partition_names: ['_default'] });
  }
  // Row 3: loading the collection while a partition is loaded.
  s = await client.loadCollection({ collection_name: COLL });
  expectRule('rule3_load_collection_after_partition', s, 'please release partitions firstly');
  if (okStatus(s)) {
    await waitCollection(client).catch(() => {});
    await client.releaseCollection({ collection_name: COLL });
    await client.loadPartitions({ collection_name: COLL, partition_names: [PART] });
    await waitPartitions(client, [PART]).catch(() => {});
  }

  // The seed: release the partition.
  s = await client.releasePartitions({ collection_name: COLL, partition_names: [PART] });
  step('release_partition', okStatus(s), show(s));

  sr = await search([PART]);
  step('search_after_release_refused', !okStatus(sr.status) && NOT_LOADED.test(sr.status.reason), show(sr.status));

  s = await client.loadCollection({ collection_name: COLL });
  waitErr = '';
  if (okStatus(s)) await waitCollection(client).catch(e => { waitErr = e.message; });
  step('load_collection', okStatus(s) && !waitErr, `${show(s)} ${waitErr}`);
  // Row 4: loading a partition while the collection is loaded.
  s = await client.loadPartitions({ collection_name: COLL, partition_names: [PART] });
  expectRule('rule4_load_partition_after_collection', s, 'please release collection firstly');
  // Row 10: releasing a partition of a collection-loaded collection.
  s = await client.releasePartitions({ collection_name: COLL, partition_names: [PART] });
  expectRule('rule10_release_partition_after_load_collection', s,
    'releasing some partitions after load collection is not supported');

  s = await client.releaseCollection({ collection_name: COLL });
  step('release_collection', okStatus(s), show(s));
  s = await client.dropCollection({ collection_name: COLL });
  step('drop_collection', okStatus(s), show(s));
  client.closeConnection();
  process.exit(failed ? 1 : 0);
}

main().catch(e => {
  step('unexpected_exception', false, e.stack || e.message);
  process.exit(1);
});
