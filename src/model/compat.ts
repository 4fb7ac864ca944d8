/**
 * Stand-ins for built-ins newer than the engines the library supports. Android WeChat's XWeb can be
 * Chromium 85 and iOS WeChat can be iOS 14: neither has Array.prototype.at (Chromium 92, iOS 15.4)
 * or Object.hasOwn (Chromium 93, iOS 15.4), and code that runs at module load would stop the whole
 * bundle there. test/package/shipped-syntax.test.mjs keeps them out of the shipped files.
 */

/** The last item of a list (what the `at` method gives for -1). */
export function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** The item before the last (the `at` method's -2). */
export function secondToLast<T>(items: readonly T[]): T | undefined {
  return items[items.length - 2];
}

/** Whether `object` has its own property `key` (`Object.hasOwn`). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
