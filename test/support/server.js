// Test endpoints for browser tests of the `src` attribute (failure modes, slow servers, retry).
// Used as wtr middleware; everything lives under /test-api/ so nothing else is affected.
//
//   POST /test-api/store?key=<k>          keep the request body as document <k>
//   GET  /test-api/doc?key=<k>&delay=<ms> answer document <k> as JSON, after <ms>
//   GET  /test-api/fail?key=<k>&mode=<m>  fail until /test-api/heal?key=<k>, then answer document <k>;
//        m: 404 | 500 (HTTP status), hangup (connection closed: a network error),
//           text (an HTML login page: not JSON), array (JSON that is not a report)
//   GET  /test-api/heal?key=<k>
const documents = new Map();
const healed = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
    case '/test-api/fail':
      if (!healed.has(key)) return fail(context, mode);
    // falls through: healed, answer the document
    case '/test-api/doc':
      if (Number(delay) > 0) await sleep(Math.min(Number(delay), 10000));
      context.type = 'application/json';
      context.body = documents.get(key) ?? '';
      return undefined;
    default:
      context.status = 404;
      context.body = 'no such test endpoint';
      return undefined;
  }
}
