/**
 * Fetching a report file for the `src` attribute, with the limits a hostile or broken server
 * must not get past: a deadline for the whole exchange (headers and body), and a size cap that
 * is checked on the declared Content-Length first and then counted while the body streams in,
 * so an endless or huge body is cut off early instead of being buffered by the page.
 */
import {decodeText} from '../../model/file-encoding.js';
import {LIMITS} from '../../model/limits.js';

/** How long a `src` request may take, headers and body together, unless the `timeout` attribute says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The `credentials` attribute's values; anything else means 'omit'. */
export const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

export interface FetchOptions {
  /** Aborted when the element no longer wants this response (a newer `src`). */
  signal: AbortSignal;
  credentials?: unknown;
  timeout?: unknown;
  /** Bytes; defaults to LIMITS.fileBytes. */
  limit?: number;
}

export type FetchOutcome =
  | {ok: true; text: string}
  | {ok: false; reason: 'http'; status: number}
  | {ok: false; reason: 'network'; message: string}
  | {ok: false; reason: 'timeout'; timeout: number}
  | {ok: false; reason: 'too-large'; limit: number; bytes?: number};

/** The credentials mode a host asked for, or 'omit' (the default: a report is public data). */
export function credentialsMode(value: unknown): RequestCredentials {
  return CREDENTIALS.includes(value as RequestCredentials) ? (value as RequestCredentials) : 'omit';
}

/**
 * The longest deadline the `timeout` attribute may set (10 minutes). setTimeout takes at most
 * 2^31 − 1 ms and fires at once beyond it, so timeout="3000000000" failed every load at once.
 */
export const MAX_TIMEOUT_MS = 600_000;

/** A usable deadline in ms: a number from 1 to MAX_TIMEOUT_MS, else the default. */
export function timeoutMs(value: unknown): number {
  const n = value === null || value === '' ? NaN : Number(value);
  return n >= 1 && n <= MAX_TIMEOUT_MS ? n : DEFAULT_TIMEOUT_MS;
}

/** Fetch `url` as text within the deadline and the size cap. Never throws, whatever the server does. */
export async function fetchReportText(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const limit = options.limit ?? LIMITS.fileBytes;
  const timeout = timeoutMs(options.timeout);
  // One controller for both reasons to stop: the caller's (superseded) and ours (deadline, size).
  const controller = new AbortController();
  const forward = () => controller.abort();
  if (options.signal.aborted) controller.abort();
  options.signal.addEventListener('abort', forward, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: credentialsMode(options.credentials),
      headers: {accept: 'application/json'},
    });
    if (!response.ok) {
      controller.abort(); // the error page's body is of no use
      return {ok: false, reason: 'http', status: response.status};
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      controller.abort();
      return {ok: false, reason: 'too-large', limit, bytes: declared};
    }
    const bytes = await readCapped(response, limit);
    if (bytes === undefined) {
      controller.abort();
      return {ok: false, reason: 'too-large', limit};
    }
    return {ok: true, text: decodeReport(bytes, response.headers.get('content-type'))};
  } catch (error) {
    if (timedOut) return {ok: false, reason: 'timeout', timeout};
    return {ok: false, reason: 'network', message: errorMessage(error)};
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', forward);
  }
}

/** The body's bytes, or undefined as soon as more than `limit` bytes have arrived. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | undefined> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > limit ? undefined : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/**
 * The report file as text. JSON is UTF-8, but a report saved by Excel or Notepad on a Chinese
 * Windows is GBK (GB18030) as often as not, and servers seldom say so: decoded as UTF-8 its
 * Chinese would show as "���". So a UTF-16 byte-order mark and a charset the server declares
 * are honoured, and bytes that are not UTF-8 are read as GB18030, which GBK and GB2312 files are
 * part of. (`check` refuses such a file instead, so whoever publishes it learns to save it as UTF-8.)
 */
export function decodeReport(bytes: Uint8Array, contentType: string | null): string {
  return decodeText(bytes, /;\s*charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]);
}

function errorMessage(error: unknown): string {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, 200);
  } catch {
    return '';
  }
}
