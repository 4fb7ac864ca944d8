/**
 * Fetching a report file for the `src` attribute, with the limits a hostile or broken server
 * must not get past: a deadline for the whole exchange (headers and body), and a size cap that
 * is checked on the declared Content-Length first and then counted while the body streams in,
 * so an endless or huge body is cut off early instead of being buffered by the page.
 */
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

/** A usable deadline in ms: a positive finite number, else the default. */
export function timeoutMs(value: unknown): number {
  const n = Number(value);
  return value !== null && value !== '' && Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
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
    const text = await readCapped(response, limit);
    if (text === undefined) {
      controller.abort();
      return {ok: false, reason: 'too-large', limit};
    }
    return {ok: true, text};
  } catch (error) {
    if (timedOut) return {ok: false, reason: 'timeout', timeout};
    return {ok: false, reason: 'network', message: errorMessage(error)};
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', forward);
  }
}

/** The body as UTF-8 text, or undefined as soon as more than `limit` bytes have arrived. */
async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > limit ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(decoder.decode(value, {stream: true}));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function errorMessage(error: unknown): string {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, 200);
  } catch {
    return '';
  }
}
