/**
 * Work kept in the browser (localStorage) after every edit, so a reload, a closed tab or a crash
 * loses nothing. One draft per report, keyed by agency and year; the key of the draft last
 * written is kept too, so a blank editor (no agency yet) finds its work again.
 *
 * localStorage over IndexedDB: a draft is a few tens of KB of text and must be written
 * synchronously as the page unloads; IndexedDB's asynchronous writes can be cut off there.
 */
import type {DisclosureReport} from '../model/types.js';

const PREFIX = 'disclosure-report-editor:1:';
const LAST = `${PREFIX}last`;

export interface SavedDraft {
  readonly fields: [string, string][];
  readonly base: DisclosureReport;
  /** ISO time of the save. */
  readonly savedAt: string;
}

export function draftKey(agency: string, year: string): string {
  return `${PREFIX}${agency.trim()}|${year.trim()}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings
  }
}

/** Write the draft; false when the browser keeps no local storage (blocked, full). */
export function saveDraft(key: string, draft: SavedDraft): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(draft));
    store.setItem(LAST, key);
    return true;
  } catch {
    return false;
  }
}

function isDraft(value: unknown): value is SavedDraft {
  const draft = value as Partial<SavedDraft> | null;
  return (
    Boolean(draft) &&
    Array.isArray(draft!.fields) &&
    draft!.fields.every(
      (entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string',
    ) &&
    typeof draft!.base === 'object' &&
    draft!.base !== null &&
    typeof draft!.savedAt === 'string'
  );
}

/** The draft under `key` (the last one written when no key is given); undefined when there is none or it is unreadable. */
export function loadDraft(key?: string): {key: string; draft: SavedDraft} | undefined {
  const store = storage();
  const found = key ?? store?.getItem(LAST) ?? undefined;
  if (!store || !found) return undefined;
  try {
    const draft: unknown = JSON.parse(store.getItem(found) ?? 'null');
    return isDraft(draft) ? {key: found, draft} : undefined;
  } catch {
    return undefined;
  }
}

export function removeDraft(key: string): void {
  const store = storage();
  try {
    store?.removeItem(key);
    if (store?.getItem(LAST) === key) store.removeItem(LAST);
  } catch {
    // nothing to remove from a store that cannot be reached
  }
}
