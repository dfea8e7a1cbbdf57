// Security scenario for the official Node.js SDK (@zilliz/milvus2-sdk-node, pinned in package.json),
// run by run.sh as node-sec.
//
//   node security.js HOST:PORT PROFILE
//
// HOST:PORT is a server started with `--auth --tls-mode 1`; the environment gives SEC_MUTUAL (a
// server with `--tls-mode 2`), SEC_CERTS (ca.pem, client.pem, client.key), SEC_ROOT_PASSWORD and
// SEC_USER / SEC_PASSWORD (a role with HasPartition on SEC_COLLECTION only). The SDK's `ssl: true`
// trusts only the system roots (grpc/GrpcClient.js: credentials.createSsl() without arguments), so
// one-way TLS passes the CA as tls.rootCertPath, mutual adds tls.certChainPath / tls.privateKeyPath.
// Prints `STEP <name> PASS|FAIL <detail>` per step; exits 1 on any failure.
'use strict';
const path = require('path');
const { MilvusClient } = require('@zilliz/milvus2-sdk-node');

const addr = process.argv[2];
const env = process.env;
const certs = env.SEC_CERTS;
const coll = env.SEC_COLLECTION;
let failed = false;

function step(name, ok, detail) {
  if (!ok) failed = true;
  console.log(`STEP ${name} ${ok ? 'PASS' : 'FAIL'} ${String(detail).replace(/\n/g, ' ')}`);
}
const sleep = ms => new Promise(r => setTimeout(r, ms));

function client(address, username, password, withCert) {
  const tls = { rootCertPath: path.join(certs, 'ca.pem') };
  if (withCert) {
    tls.certChainPath = path.join(certs, 'client.pem');
    tls.privateKeyPath = path.join(certs, 'client.key');
  }
  return new MilvusClient({ address, username, password, tls, timeout: 5000, retryDelay: 10, maxRetries: 0 });
}

// Runs one call; returns null on success, else the error's text (a thrown error or a non-Success status).
async function call(fn) {
  try {
    const r = await fn();
    const s = r && (r.status || r);
    if (s && s.error_code && s.error_code !== 'Success') return `${s.error_code}: ${s.reason}`;
    return null;
  } catch (e) {
    return `${e.code === undefined ? '' : 'code=' + e.code + ' '}${e.message || e}`;
  }
}

// Connects as a user and lists collections (a call every authenticated user may make).
async function session(address, user, password, withCert) {
  const c = client(address, user, password, withCert);
  // the constructor's Connect call (connectPromise) fails with the handshake: its rejection is the
  // same refusal showCollections reports, so it is observed here instead of crashing the process
  if (c.connectPromise) c.connectPromise.catch(() => {});
  const err = await call(() => c.showCollections());
  c.closeConnection && c.closeConnection();
  return err;
}

(async () => {
  const root = env.SEC_ROOT_PASSWORD;
  let err = await session(addr, 'root', root, false);
  step('tls_one_way', err === null, `err=${err}`);
  err = await session(env.SEC_MUTUAL, 'root', root, true);
  step('tls_mutual', err === null, `err=${err}`);
  err = await session(env.SEC_MUTUAL, 'root', root, false);
  step('tls_mutual_refused_without_cert', err !== null, `err=${err} (want an error)`);

  const me = client(addr, env.SEC_USER, env.SEC_PASSWORD, false);
  if (me.connectPromise) me.connectPromise.catch(() => {});
  let has = null;
  err = await call(async () => (has = await me.hasPartition({ collection_name: coll, partition_name: '_default' })));
  step('rbac_allowed', err === null && has.value === true, `hasPartition=${has && has.value} err=${err}`);
  err = await call(() => me.createPartition({ collection_name: coll, partition_name: 'p_denied' }));
  const want = 'PrivilegeCreatePartition: permission deny';
  step('rbac_denied', err !== null && err.includes(want), `createPartition err=${err} (want ${want})`);
  me.closeConnection && me.closeConnection();

  let n = 0;
  while (n < 12) {
    n++;
    err = await session(addr, env.SEC_USER, 'wrong-password', false);
    if (err && err.includes('too many failed logins')) break;
  }
  step('throttle', err !== null && err.includes('too many failed logins'), `after ${n} wrong passwords: ${err}`);
  const deadline = Date.now() + 70000;
  do {
    err = await session(addr, env.SEC_USER, env.SEC_PASSWORD, false);
    if (err === null) break;
    await sleep(1000);
  } while (Date.now() < deadline);
  step('login_after_lock', err === null, `err=${err}`);
  process.exit(failed ? 1 : 0);
})().catch(e => {
  console.log(`STEP crashed FAIL ${e && e.stack}`);
  process.exit(1);
});
