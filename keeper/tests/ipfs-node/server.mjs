// An IPFS node for the keeper's tests: the Kubo RPC API's `POST /api/v0/add` and `/api/v0/cat`,
// a path gateway `GET /ipfs/<cid>`, and the IPFS Pinning Service API `POST|GET /psa/pins`.
//
// Files are imported and read back with the reference JS UnixFS implementation
// (ipfs-unixfs-importer / ipfs-unixfs-exporter, what Helia uses) into an in-memory blockstore,
// so every CID it answers is computed independently of the keeper's Rust code. The RPC framing
// follows Kubo's documentation: multipart upload, one NDJSON line {Name, Hash, Size} per file,
// errors as {Message, Code, Type: "error"}.
//
// Usage: node server.mjs  (prints "listening <port>" once ready; exits when stdin closes)
// Environment: IPFS_TEST_API_TOKEN / IPFS_TEST_API_BASIC (user:password) require that auth on
// /api/v0; IPFS_TEST_PIN_TOKEN requires that bearer token on /psa.
// `POST /api/v0/id` names the node and its addresses; `POST /api/v0/swarm/connect?arg=<maddr>`
// records the peers the keeper connects to (a pinning service's delegates).
// `add?wrap-with-directory=true` imports every file part under its (URL-encoded) relative path
// into one directory and answers a line per file and directory, the wrapping one last (Name "");
// the gateway serves paths inside directories (`/ipfs/<cid>/a/b.js`, a directory's index.html).
// Test controls: POST /_test/mode?add=ok|cidv0|error|slow sets how `add` misbehaves, and
// ?pin=pinned|slow|failed|never how a pin request goes: pinned at once, pinned after two status
// reads (queued, pinning, pinned), failed after one, or queued for ever;
// POST /_test/forget drops every block (a node that lost its data: what it published no longer
// resolves until it is added again);
// GET /_test/stats answers {adds, pins, connects} (counts, pin requests with their origins, peers
// connected to).

import http from 'node:http'
import { MemoryBlockstore } from 'blockstore-core/memory'
import { importer } from 'ipfs-unixfs-importer'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { exporter } from 'ipfs-unixfs-exporter'
import { CID } from 'multiformats/cid'
import { base32 } from 'multiformats/bases/base32'
import { base58btc } from 'multiformats/bases/base58'

const blockstore = new MemoryBlockstore()
const stats = { adds: 0, addedCids: [], pins: [], connects: [] }
let addMode = 'ok'
let pinMode = 'pinned'
const PEER_ID = '12D3KooWGenimTestNode1111111111111111111111111111111'
const DELEGATE = '/ip4/198.51.100.9/tcp/4001/p2p/12D3KooWGenimPinDelegate2222222222222222222222222'
// How each pin request's status moves on every status read, per mode.
const pinSteps = { pinned: ['pinned'], slow: ['queued', 'pinning', 'pinned'], failed: ['queued', 'failed'], never: ['queued'] }
const pinReads = new Map()

const apiToken = process.env.IPFS_TEST_API_TOKEN
const apiBasic = process.env.IPFS_TEST_API_BASIC
const pinToken = process.env.IPFS_TEST_PIN_TOKEN

function kuboError (res, status, message) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify({ Message: message, Code: 0, Type: 'error' }) + '\n')
}

function authorized (req, token, basic) {
  const header = req.headers.authorization ?? ''
  if (token !== undefined) return header === `Bearer ${token}`
  if (basic !== undefined) return header === `Basic ${Buffer.from(basic).toString('base64')}`
  return true
}

async function body (req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks)
}

function sniff (head) {
  if (head.length >= 8 && head[0] === 0x89 && head.subarray(1, 4).toString() === 'PNG') return 'image/png'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (head.length >= 1 && head[0] === 0x7b) return 'application/json'
  return 'application/octet-stream'
}

async function readAll (cid) {
  const entry = await exporter(cid, blockstore)
  const chunks = []
  for await (const chunk of entry.content()) chunks.push(chunk)
  return Buffer.concat(chunks)
}

async function add (req, res, url) {
  if (addMode === 'error') return kuboError(res, 500, 'add: test node told to fail')
  const params = url.searchParams
  const cidVersion = Number(params.get('cid-version') ?? '0')
  const rawLeaves = params.has('raw-leaves') ? params.get('raw-leaves') === 'true' : cidVersion === 1
  const chunker = params.get('chunker') ?? 'size-262144'
  const chunkSize = Number(chunker.replace(/^size-/, ''))
  if (!Number.isInteger(chunkSize) || chunkSize <= 0) return kuboError(res, 400, `unsupported chunker ${chunker}`)
  // Let undici parse the multipart body exactly as a server framework would.
  const request = new Request(url, { method: 'POST', headers: req.headers, body: await body(req) })
  let form
  try {
    form = await request.formData()
  } catch (e) {
    return kuboError(res, 400, `cannot parse the multipart body: ${e.message}`)
  }
  const options = addMode === 'cidv0'
    // A service that ignores cid-version and raw-leaves.
    ? { profile: 'unixfs-v0-2015' }
    : { profile: 'unixfs-v0-2015', cidVersion, rawLeaves, chunker: fixedSize({ chunkSize }), reduceSingleLeafToSelf: true }
  const cidText = cid => cid.version === 0 ? cid.toString(base58btc) : cid.toString(base32)
  const lines = []
  if (params.get('wrap-with-directory') === 'true') {
    // Kubo's client sends each file as `filename="<relative path>"` (URL-encoded), directories
    // as `application/x-directory` parts; the importer builds the directories from the paths.
    const files = []
    for (const [, value] of form.entries()) {
      if (typeof value === 'string' || value.type === 'application/x-directory') continue
      const path = decodeURIComponent(value.name)
      if (path === '' || path.startsWith('/') || path.split('/').some(p => p === '' || p === '.' || p === '..')) {
        return kuboError(res, 400, `bad file path ${JSON.stringify(path)}`)
      }
      files.push({ path, content: new Uint8Array(await value.arrayBuffer()) })
    }
    if (files.length === 0) return kuboError(res, 400, 'no file in the request')
    for await (const entry of importer(files, blockstore, { ...options, wrapWithDirectory: true })) {
      const text = cidText(entry.cid)
      stats.addedCids.push(text)
      lines.push(JSON.stringify({ Name: entry.path, Hash: text, Size: String(entry.size) }))
    }
    stats.adds += 1
  } else {
    for (const [, value] of form.entries()) {
      if (typeof value === 'string') continue
      const bytes = new Uint8Array(await value.arrayBuffer())
      let last
      for await (const entry of importer([{ content: bytes }], blockstore, options)) last = entry
      stats.adds += 1
      const text = cidText(last.cid)
      stats.addedCids.push(text)
      lines.push(JSON.stringify({ Name: value.name, Hash: text, Size: String(bytes.length) }))
    }
  }
  if (lines.length === 0) return kuboError(res, 400, 'no file in the request')
  if (addMode === 'slow') await new Promise(resolve => setTimeout(resolve, 30_000))
  res.writeHead(200, { 'Content-Type': 'application/json', 'X-Chunked-Output': '1' })
  res.end(lines.join('\n') + '\n')
}

async function cat (res, url) {
  let cid
  try {
    cid = CID.parse(url.searchParams.get('arg') ?? '')
  } catch (e) {
    return kuboError(res, 400, `invalid path: ${e.message}`)
  }
  if (!(await blockstore.has(cid))) return kuboError(res, 500, `block not found locally: ${cid}`)
  const bytes = await readAll(cid)
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Stream-Output': '1' })
  res.end(bytes)
}

// By extension, as gateways do for files in a directory (a module script needs a JS type).
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon', txt: 'text/plain; charset=utf-8', webmanifest: 'application/manifest+json' }

async function gateway (req, res, url) {
  const [text, ...rest] = url.pathname.slice('/ipfs/'.length).split('/')
  let cid
  try {
    cid = CID.parse(text, text.startsWith('z') ? base58btc : undefined)
  } catch {
    res.writeHead(400); return res.end('invalid CID')
  }
  if (!(await blockstore.has(cid))) { res.writeHead(404); return res.end('not found') }
  // A path inside a directory: `/ipfs/<cid>/assets/x.js`; a directory serves its index.html.
  const inner = rest.map(decodeURIComponent).filter(p => p !== '')
  let entry
  try {
    entry = await exporter([cid.toString(), ...inner].join('/'), blockstore)
  } catch {
    res.writeHead(404); return res.end('not found')
  }
  let name = inner.at(-1) ?? ''
  if (entry.type === 'directory') {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: url.pathname + '/' }); return res.end()
    }
    try {
      entry = await exporter([cid.toString(), ...inner, 'index.html'].join('/'), blockstore)
      name = 'index.html'
    } catch {
      res.writeHead(404); return res.end('no index.html')
    }
  }
  const chunks = []
  for await (const chunk of entry.content()) chunks.push(chunk)
  const bytes = Buffer.concat(chunks)
  const extension = name.includes('.') ? name.split('.').at(-1) : ''
  res.writeHead(200, {
    'Content-Type': TYPES[extension] ?? sniff(bytes.subarray(0, 16)),
    'Content-Length': String(bytes.length),
    'Cache-Control': 'public, max-age=29030400, immutable',
    Etag: `"${entry.cid.toString()}"`
  })
  res.end(req.method === 'HEAD' ? undefined : bytes)
}

function pinAuthorized (req, res) {
  if (pinToken !== undefined && req.headers.authorization !== `Bearer ${pinToken}`) {
    res.writeHead(401, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ error: { reason: 'UNAUTHORIZED' } }))
    return false
  }
  return true
}

// The status a pin request has after `reads` status reads in its mode.
function pinStatus (entry) {
  const steps = pinSteps[entry.mode]
  return { ...entry.status, status: steps[Math.min(entry.reads, steps.length - 1)] }
}

async function pins (req, res) {
  if (!pinAuthorized(req, res)) return
  if (req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    const results = stats.pins.map(pinStatus)
    return res.end(JSON.stringify({ count: results.length, results }))
  }
  const pin = JSON.parse((await body(req)).toString())
  CID.parse(pin.cid)
  const entry = {
    mode: pinMode,
    reads: 0,
    status: { requestid: String(stats.pins.length + 1), created: new Date().toISOString(), pin, delegates: [DELEGATE] }
  }
  stats.pins.push(entry)
  pinReads.set(entry.status.requestid, entry)
  res.writeHead(202, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(pinStatus(entry)))
}

async function pinById (req, res, requestid) {
  if (!pinAuthorized(req, res)) return
  const entry = pinReads.get(requestid)
  if (entry === undefined) {
    res.writeHead(404, { 'Content-Type': 'application/json' })
    return res.end(JSON.stringify({ error: { reason: 'NOT_FOUND' } }))
  }
  entry.reads += 1
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(pinStatus(entry)))
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1')
  try {
    if (url.pathname.startsWith('/api/v0/')) {
      if (req.method !== 'POST') return kuboError(res, 405, 'method not allowed: the RPC API takes POST')
      if (!authorized(req, apiToken, apiBasic)) return kuboError(res, 401, 'unauthorized')
      if (url.pathname === '/api/v0/add') return await add(req, res, url)
      if (url.pathname === '/api/v0/cat') return await cat(res, url)
      if (url.pathname === '/api/v0/id') {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return res.end(JSON.stringify({
          ID: PEER_ID,
          Addresses: [`/ip4/127.0.0.1/tcp/4001/p2p/${PEER_ID}`, `/ip4/203.0.113.7/tcp/4001/p2p/${PEER_ID}`]
        }) + '\n')
      }
      if (url.pathname === '/api/v0/swarm/connect') {
        const peers = url.searchParams.getAll('arg')
        stats.connects.push(...peers)
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return res.end(JSON.stringify({ Strings: peers.map(p => `connect ${p} success`) }) + '\n')
      }
      if (url.pathname === '/api/v0/version') {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return res.end(JSON.stringify({ Version: 'genim-test-node' }) + '\n')
      }
      return kuboError(res, 404, `unknown command ${url.pathname}`)
    }
    if (url.pathname.startsWith('/ipfs/')) return await gateway(req, res, url)
    if (url.pathname === '/psa/pins') return await pins(req, res)
    if (url.pathname.startsWith('/psa/pins/') && req.method === 'GET') {
      return await pinById(req, res, decodeURIComponent(url.pathname.slice('/psa/pins/'.length)))
    }
    if (url.pathname === '/_test/mode' && req.method === 'POST') {
      addMode = url.searchParams.get('add') ?? addMode
      pinMode = url.searchParams.get('pin') ?? pinMode
      res.writeHead(200); return res.end(`${addMode} ${pinMode}`)
    }
    if (url.pathname === '/_test/forget' && req.method === 'POST') {
      blockstore.data.clear()
      res.writeHead(200); return res.end('forgotten')
    }
    if (url.pathname === '/_test/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify(stats))
    }
    res.writeHead(404); res.end('not found')
  } catch (e) {
    kuboError(res, 500, String(e?.stack ?? e))
  }
})

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`)
})
// The test harness holds our stdin: when it goes away, so do we.
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
