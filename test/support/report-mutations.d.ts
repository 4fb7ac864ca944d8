import type {Arbitrary} from 'fast-check';

export const PROTOTYPE_KEYS: readonly string[];
export function pathsOf(value: unknown): (string | number)[][];
export function defineOwn(object: object, key: string | number, value: unknown): void;
export function hostileJson(textLength: number): Arbitrary<unknown>;
export const hostileValue: Arbitrary<unknown>;
export function mutatedReport(
  bases: readonly object[],
  options?: {json?: boolean; textLength?: number},
): Arbitrary<Record<string, unknown>>;
export function withHugeNumbers(report: unknown, every?: number): string;
