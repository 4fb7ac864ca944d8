/**
 * The states the stories of every element show alike: loading from `src` (answered, never
 * answered, 404), the 淮安 report pinned to a language or a width, and the print preview.
 *
 * Story files spread these into object literals and keep `tags` and `play` written out, because
 * Storybook's indexer reads those two statically: index.json's `error-state` tag (which the smoke
 * test relies on) and `play-fn` tag come from the literal, not from a shared object.
 */
import {huaian2024} from '../../src/examples/index.js';
import {emulatePrint} from './print-preview.js';
import {jsonUrl, storyUrl} from './story-fetch.js';

export const fromSrc = {args: {src: jsonUrl(huaian2024)}};

/** Never answers, and the element's own deadline is an hour away: the loading message stays. */
export const srcLoading = {args: {src: storyUrl.never('huaian-2024.json'), timeout: 3_600_000}};

export const srcFailed = {args: {src: storyUrl.notFound('huaian-2024.json')}};

/** The 淮安 report with a toolbar setting pinned (`lang`, `width` or `scheme`). */
export const huaianWith = (globals: Record<string, string>) => ({args: {report: huaian2024}, globals});

/** The print layout on an A4 text column (180 mm: 210 mm less 15 mm margins), light scheme. */
export const printPreview = {args: {report: huaian2024}, globals: {scheme: 'light'}, parameters: {frameWidth: '180mm'}};

export const playPrint = async ({canvasElement}: {canvasElement: HTMLElement}) => emulatePrint(canvasElement);
