/**
 * Undo and redo over the editor's fields. Every edit (a keystroke run in one cell, a paste, a fill,
 * a prefill, opening a file) is one step made of field changes, so undo restores exactly the texts
 * that were there, including an entry that was not a valid number.
 */
import type {Fields} from './fields.js';

export interface Change {
  readonly key: string;
  readonly before: string;
  readonly after: string;
}

export class History {
  private readonly done: Change[][] = [];
  private readonly undone: Change[][] = [];
  /** The field a run of typing is going into: further typing there joins the same step. */
  private typingIn?: string;

  /**
   * Apply `updates` to `fields` as one step; returns the changes (none when nothing changed).
   * `typing`: a keystroke in one field, which joins the previous keystrokes in that field.
   */
  apply(fields: Map<string, string>, updates: Iterable<readonly [string, string]>, typing = false): Change[] {
    const changes: Change[] = [];
    for (const [key, after] of updates) {
      const before = fields.get(key) ?? '';
      if (before === after) continue;
      changes.push({key, before, after});
      fields.set(key, after);
    }
    if (changes.length === 0) return changes;
    const joins = typing && changes.length === 1 && this.typingIn === changes[0]!.key && this.done.length > 0;
    if (joins) {
      const step = this.done[this.done.length - 1]!;
      const first = step[0]!;
      step[0] = {key: first.key, before: first.before, after: changes[0]!.after};
    } else {
      this.done.push(changes);
    }
    this.typingIn = typing && changes.length === 1 ? changes[0]!.key : undefined;
    this.undone.length = 0;
    return changes;
  }

  /** Ends a run of typing (the cell lost focus): the next keystroke starts a new step. */
  endTyping(): void {
    this.typingIn = undefined;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undo the last step; returns its changes (the keys to show), or undefined when there is none. */
  undo(fields: Map<string, string>): readonly Change[] | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    for (const change of [...step].reverse()) fields.set(change.key, change.before);
    this.undone.push(step);
    this.typingIn = undefined;
    return step;
  }

  redo(fields: Map<string, string>): readonly Change[] | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    for (const change of step) fields.set(change.key, change.after);
    this.done.push(step);
    this.typingIn = undefined;
    return step;
  }
}

/** Whether two sets of fields hold the same texts (blank and missing are the same). */
export function sameFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) if ((a.get(key) ?? '') !== (b.get(key) ?? '')) return false;
  return true;
}
