// Test endpoints for browser tests of the `src` attribute (failure modes, slow servers, retry).
// Used as wtr middleware; everything lives under /test-api/ so nothing else is affected.
//
//   POST /test-api/store?key=<k>          keep the request body as document <k>
//   GET  /test-api/doc?key=<k>&delay=<ms> answer document <k> as JSON, after <ms>
//        &gate=<g>: only once gate <g> is open (so a test, not the clock, decides the order of answers)
//   GET  /test-api/open?gate=<g>           open gate <g>: held requests are answered, later ones at once
//   GET  /test-api/fail?key=<k>&mode=<m>  fail until /test-api/heal?key=<k>, then answer document <k>;
//        m: 404 | 500 (HTTP status), hangup (connection closed: a network error),
//           text (an HTML login page: not JSON), array (JSON that is not a report)
//   GET  /test-api/heal?key=<k>
//   GET  /test-api/hang                   never answers (the connection stays open up to 60 s)
//   GET  /test-api/big?bytes=<n>&declare=1 a JSON-looking body of <n> bytes, with or without Content-Length;
//        bytes=endless streams without end (until the client gives up);
//        &hold=1 (with declare=1): the headers and the first bytes, then nothing more, ever
//   GET  /test-api/trickle                 a body that starts and never ends nor grows past a few bytes
//   GET  /test-api/redirect?to=<url>&status=<301|302|307|308> a redirect to <url>
//   GET  /test-api/cookie?key=<k>          answer document <k>, remembering whether a Cookie header came;
//   GET  /test-api/cookie-seen?key=<k>     {"cookie": <the Cookie header or null>}
import {Readable} from 'node:stream';

const documents = new Map();
const cookies = new Map();
const healed = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Gates: name → {open, waiters}. A request held at a closed gate waits until it opens or the client leaves. */
const gates = new Map();
function gate(name) {
  if (!gates.has(name)) gates.set(name, {open: false, waiters: []});
  return gates.get(name);
}
function passGate(name, request) {
  const entry = gate(name);
  if (entry.open) return Promise.resolve();
  return new Promise((resolve) => {
    entry.waiters.push(resolve);
    request.once('close', resolve);
  });
}

/** A body stream that sends `first` and then stays open, sending nothing, until the client goes. */
function neverEnding(first) {
  return Readable.from(
    (async function* () {
      yield Buffer.from(first);
      await new Promise(() => {}); // the client cancels; the stream is then destroyed
    })(),
  );
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(context, mode) {
  if (mode === 'hangup') {
    context.req.socket.destroy();
    context.respond = false;
  } else if (mode === 'text') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Login</title><p>Please log in';
  } else if (mode === 'array') {
    context.type = 'application/json';
    context.body = '[1, 2, 3]';
  } else {
    context.status = Number(mode);
    context.body = 'failure';
  }
}

export async function testApi(context, next) {
  if (!context.path.startsWith('/test-api/')) return next();
  const {key, mode, delay} = context.query;
  switch (context.path) {
    case '/test-api/store':
      documents.set(key, await readBody(context.req));
      context.body = 'ok';
      return undefined;
    case '/test-api/heal':
      healed.add(key);
      context.body = 'ok';
      return undefined;
    case '/test-api/open': {
      const entry = gate(String(context.query.gate));
      entry.open = true;
      for (const release of entry.waiters.splice(0)) release();
      context.body = 'ok';
      return undefined;
    }
    case '/test-api/trickle':
      context.type = 'application/octet-stream';
      context.body = neverEnding('{"x":"');
      return undefined;
    case '/test-api/fail':
      if (!healed.has(key)) return fail(context, mode);
    // falls through: healed, answer the document
    case '/test-api/doc':
      if (context.query.gate) await passGate(String(context.query.gate), context.req);
      if (Number(delay) > 0) await sleep(Math.min(Number(delay), 10000));
      context.type = 'application/json';
      context.body = documents.get(key) ?? '';
      return undefined;
    case '/test-api/hang':
      await sleep(60000);
      context.body = 'too late';
      return undefined;
    case '/test-api/big':
      if (context.query.hold === '1') {
        context.type = 'application/octet-stream';
        context.length = Number(context.query.bytes);
        context.body = neverEnding('{"x":"');
        return undefined;
      }
      return big(context, context.query.bytes, context.query.declare === '1');
    case '/test-api/redirect':
      context.status = Number(context.query.status ?? 302);
      context.set('location', String(context.query.to));
      return undefined;
    case '/test-api/cookie':
      cookies.set(key, context.get('cookie') || null);
      context.type = 'application/json';
      context.body = documents.get(key) ?? '';
      return undefined;
    case '/test-api/cookie-seen':
      context.type = 'application/json';
      context.body = JSON.stringify({cookie: cookies.get(key) ?? null});
      return undefined;
    default:
      context.status = 404;
      context.body = 'no such test endpoint';
      return undefined;
  }
}

/** A body that is valid-looking JSON text (a long string) of `bytes` bytes, or endless. */
function big(context, bytes, declare) {
  const endless = bytes === 'endless';
  const size = endless ? Infinity : Number(bytes);
  const chunk = Buffer.alloc(64 * 1024, 0x61); // "aaaa…"
  async function* body() {
    yield Buffer.from('{"x":"');
    let sent = 8; // the opening `{"x":"` and the closing `"}`
    while (sent < size) {
      const n = Math.min(chunk.length, size - sent);
      yield n === chunk.length ? chunk : chunk.subarray(0, n);
      sent += n;
      // A trickle, as a misbehaving server sends it; slower when the length is declared, so a client
      // that waits for the body instead of reading Content-Length takes visibly longer.
      if (endless || declare) await sleep(declare ? 50 : 5);
    }
    yield Buffer.from('"}');
  }
  // application/octet-stream: the dev server does not compress it, so Content-Length stays as declared.
  context.type = 'application/octet-stream';
  if (declare && !endless) context.length = size;
  context.body = Readable.from(body());
  return undefined;
}
