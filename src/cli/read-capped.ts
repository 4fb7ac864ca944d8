/**
 * Reading a file, a device, a pipe or stdin with a cap on the bytes read, for the CLI's commands.
 *
 * The size a file claims (`stat().size`) is 0 for devices and pipes, so it cannot be the cap: the
 * bytes are counted as they come and reading stops one byte past the cap. Special files get an
 * answer at once: a FIFO nobody writes to reads as empty instead of waiting for a writer, a
 * terminal is refused instead of waiting for someone to type, `/dev/zero` stops at the cap.
 * fs.readFile and streams have no such cap, and fs.open blocks on a FIFO until a writer comes;
 * hence this module.
 */
import {close, constants, fstat, open, read, type Stats} from 'node:fs';
import {Socket} from 'node:net';
import {promisify} from 'node:util';
import {isatty} from 'node:tty';
import type {Message} from '../model/types.js';
import {isTerminal, tooLarge, tooLargeStream, unreadable} from './strings.js';

export type CappedRead = {bytes: Uint8Array} | {error: Message; reason: 'too-large' | 'unreadable'};

/** `-` names standard input, as in most command-line tools. */
export const STDIN = '-';

/** What a file is called in messages: "(stdin)" for `-`. */
export function displayName(path: string): string {
  return path === STDIN ? '(stdin)' : path;
}

const CHUNK = 64 * 1024;

/**
 * Read `path` (or stdin for `-`) whole when it holds at most `capBytes` bytes; refuse it, having read
 * at most `capBytes + 1` bytes, when it holds more. Never throws. Standard input is read once: a
 * pipe on it is closed after reading.
 */
export async function readCapped(path: string, capBytes: number): Promise<CappedRead> {
  const name = displayName(path);
  let byName = path !== STDIN;
  let fd: number | undefined;
  try {
    const opened = byName ? await openByName(path) : {fd: 0, inherited: true};
    fd = opened.fd;
    byName = !opened.inherited; // a descriptor the process was given is read, never closed here
    const stats = await statFile(fd);
    if (stats.isDirectory()) return unreadableBecause(name, 'EISDIR');
    if (isatty(fd)) return {error: isTerminal(name), reason: 'unreadable'};
    if (stats.isFile() && stats.size > capBytes) return {error: tooLarge(name, capBytes), reason: 'too-large'};
    let bytes: Uint8Array;
    if (isStream(stats)) {
      const streamed = fd;
      fd = undefined; // the socket reading it closes it
      bytes = await readStream(streamed, capBytes, byName);
    } else {
      bytes = await readBlocks(fd, capBytes);
    }
    if (bytes.byteLength > capBytes) {
      return {error: stats.isFile() ? tooLarge(name, capBytes) : tooLargeStream(name, capBytes), reason: 'too-large'};
    }
    return {bytes};
  } catch (error) {
    return unreadableBecause(name, errorCode(error));
  } finally {
    if (byName && fd !== undefined) close(fd, () => {});
  }
}

/**
 * The descriptor of a file opened by its name. /dev/stdin and /dev/fd/N name a descriptor this
 * process already has; when it is a socket (as some process managers give), it cannot be opened
 * again (ENXIO), so that descriptor itself is read.
 */
async function openByName(path: string): Promise<{fd: number; inherited: boolean}> {
  try {
    // O_NONBLOCK: opening a FIFO waits for a writer otherwise. It changes nothing for a plain file.
    return {fd: await openFile(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY), inherited: false};
  } catch (error) {
    const name = /^\/(?:dev\/(?:fd\/(\d+)|stdin)|proc\/self\/fd\/(\d+))$/.exec(path);
    if (errorCode(error) !== 'ENXIO' || !name) throw error;
    return {fd: Number(name[1] ?? name[2] ?? 0), inherited: true};
  }
}

const openFile = promisify(open) as (path: string, flags: number) => Promise<number>;
const statFile = promisify(fstat) as (fd: number) => Promise<Stats>;

/** fs.read as a promise of the count read. */
function readInto(fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) =>
    read(fd, buffer, offset, length, null, (error, count) => (error ? reject(error) : resolve(count))),
  );
}

const isStream = (stats: Stats) => stats.isFIFO() || stats.isSocket();

function unreadableBecause(name: string, code: string): CappedRead {
  return {error: unreadable(name, code), reason: 'unreadable'};
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(error);
}

/** A file or a device, read in blocks until its end or one byte past the cap. */
async function readBlocks(fd: number, capBytes: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(capBytes + 1);
  let length = 0;
  while (length <= capBytes) {
    const n = await readInto(fd, buffer, length, Math.min(CHUNK, buffer.length - length));
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/**
 * A pipe, a FIFO or a socket, read as it flows. A FIFO opened by name is first read directly: with
 * no writer that read says "end" at once, where waiting for data (poll) would wait for a writer
 * that may never come.
 */
async function readStream(fd: number, capBytes: number, openedByName: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (openedByName) {
    const first = await readNow(fd, capBytes + 1).catch((error: unknown) => {
      close(fd, () => {});
      throw error;
    });
    if (first === 'end') {
      close(fd, () => {});
      return new Uint8Array(0);
    }
    if (first) {
      chunks.push(first);
      length += first.byteLength;
    }
    if (length > capBytes) close(fd, () => {}); // over the cap already: no socket will close it
  }
  if (length <= capBytes) {
    // net.Socket reads a pipe as the event loop gets data, and closes the descriptor itself.
    const socket = new Socket({fd, readable: true, writable: false});
    try {
      for await (const chunk of socket as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        length += chunk.byteLength;
        if (length > capBytes) break;
      }
    } finally {
      socket.destroy();
    }
  }
  const whole = new Uint8Array(Math.min(length, capBytes + 1));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, whole.length - offset);
    whole.set(part, offset);
    offset += part.byteLength;
    if (offset === whole.length) break;
  }
  return whole;
}

/** One read that does not wait: bytes, 'end' (no writer), or null when a writer has sent nothing yet. */
async function readNow(fd: number, max: number): Promise<Uint8Array | 'end' | null> {
  const buffer = new Uint8Array(Math.min(max, CHUNK));
  try {
    const count = await readInto(fd, buffer, 0, buffer.length);
    return count === 0 ? 'end' : buffer.subarray(0, count);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return null;
    throw error;
  }
}
