/**
 * Taking the few parts the .docx reader needs out of the zip, without ever inflating more than
 * the caps of limits.ts. fflate does the unzipping; this module only decides what to inflate and
 * stops it: a zip bomb declares a small size or none and inflates to gigabytes, so declared sizes
 * are checked first (the central directory and each local header) and the inflated bytes are
 * counted as they stream out, the compressed bytes fed in small slices so that one slice can never
 * inflate far past a cap (deflate expands at most about 1032 times).
 */
import {Unzip, UnzipInflate, unzipSync, type UnzipFile} from 'fflate';
import {IMPORT_LIMITS} from './limits.js';
import {problem} from './source-builder.js';
import {ImportRefusal} from './source.js';

/** Compressed bytes fed to the inflater at a time: at most ~8 MB can come out of one slice. */
const SLICE_BYTES = 8 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

const notAZip = () => new ImportRefusal(problem('docx-not-a-zip', (texts) => texts.reader.docxNotAZip));

const bomb = (name: string) =>
  new ImportRefusal(
    problem('docx-too-large-unzipped', (texts) =>
      texts.reader.docxTooLargeUnzipped(
        name,
        megabytes(IMPORT_LIMITS.zipEntryBytes),
        megabytes(IMPORT_LIMITS.zipTotalBytes),
      ),
    ),
  );

const damaged = (name: string) => new ImportRefusal(problem('docx-damaged', (texts) => texts.reader.docxDamaged(name)));

/**
 * The wanted entries of a zip, inflated within the caps; an entry the zip lacks is absent from
 * the result. Throws ImportRefusal for what is not a zip, is damaged or inflates past a cap.
 */
export function unzipParts(bytes: Uint8Array, wanted: readonly string[]): Map<string, Uint8Array> {
  const declared = declaredSizes(bytes, wanted);
  let total = [...declared.values()].reduce((sum, size) => sum + size, 0);
  if (total > IMPORT_LIMITS.zipTotalBytes) throw bomb([...declared.keys()].join(', '));

  total = 0;
  const parts = new Map<string, Uint8Array>();
  let failure: ImportRefusal | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!declared.has(file.name) || parts.has(file.name) || failure) return;
    if ((file.originalSize ?? 0) > IMPORT_LIMITS.zipEntryBytes) {
      failure = bomb(file.name);
      return;
    }
    const chunks: Uint8Array[] = [];
    let entryBytes = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = damaged(file.name);
        return;
      }
      entryBytes += chunk.length;
      total += chunk.length;
      if (entryBytes > IMPORT_LIMITS.zipEntryBytes || total > IMPORT_LIMITS.zipTotalBytes) {
        failure = bomb(file.name);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, entryBytes));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += SLICE_BYTES) {
      unzip.push(bytes.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= bytes.length);
    }
  } catch {
    failure ??= damaged([...declared.keys()].join(', '));
  }
  if (failure) throw failure;
  for (const name of declared.keys()) if (!parts.has(name)) throw damaged(name);
  return parts;
}

/** The declared (uncompressed) size of each wanted entry, read from the zip's central directory. */
function declaredSizes(bytes: Uint8Array, wanted: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    // The filter sees every entry's directory record and keeps none: nothing is inflated here.
    unzipSync(bytes, {
      filter: ({name, originalSize}) => {
        if (wanted.includes(name) && !sizes.has(name)) {
          if (originalSize > IMPORT_LIMITS.zipEntryBytes) throw bomb(name);
          sizes.set(name, originalSize);
        }
        return false;
      },
    });
  } catch (error) {
    throw error instanceof ImportRefusal ? error : notAZip();
  }
  return sizes;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
