/**
 * <disclosure-report>: the whole report from one tag, in every state a reader or editor meets.
 * Language, width and colour scheme come from the toolbar; some stories pin them. The `lang` and
 * `bilingual` controls, once set, override the toolbar's language for the element.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {broken, huaian2024, xiguan2024} from '../src/examples/index.js';
import {malformedCases} from '../src/examples/malformed.js';
import {fromSrc, huaianWith, playPrint, printPreview, srcFailed, srcLoading} from './support/common-stories.js';
import {headingLevelArgType, renderElement, reportArgTypes, type ElementArgs} from './support/controls.js';
import {fileUrl} from './support/story-fetch.js';

type Args = ElementArgs;

const malformed = (id: string) => malformedCases.find((entry) => entry.id === id)!.text;

const meta: Meta<Args> = {
  title: 'Elements/disclosure-report',
  component: 'disclosure-report',
  args: {audit: false, 'heading-level': 1},
  argTypes: {...reportArgTypes, 'heading-level': headingLevelArgType},
  render: renderElement('disclosure-report'),
};
export default meta;

type Story = StoryObj<Args>;

/** The seed report: 西关街道 2024, every table cell 0. */
export const SeedReport: Story = {args: {report: xiguan2024}};

/** 淮安市 2024: numbers in the millions, grouped with separators. */
export const Huaian2024: Story = {args: {report: huaian2024}};

/** A wrong 行政复议 总计 (352 instead of 351): `audit` lists the finding and marks the cell. */
export const InconsistentWithAudit: Story = {args: {report: broken.reconsiderationTotalOff(), audit: true}};

/** The same report without `audit`: readers see the published numbers, unmarked. */
export const InconsistentWithoutAudit: Story = {args: {report: broken.reconsiderationTotalOff()}};

/** A negative count: the report still shows, the bad cell is marked and the problem listed. */
export const InvalidReport: Story = {args: {report: JSON.parse(malformed('negative-count'))}, tags: ['error-state']};

/** A truncated file: nothing to show but the message (never a blank page). */
export const UnreadableFile: Story = {args: {src: fileUrl(malformed('not-json'))}, tags: ['error-state']};

/** Loaded from `src` (a blob: URL of the 淮安 JSON: the real fetch path without a server). */
export const FromSrc: Story = {...fromSrc};

/** `src` that never answers: the loading message stays (story-only URL, see stories/support/story-fetch.ts). */
export const SrcLoading: Story = {...srcLoading};

/** `src` answered with 404: the message and a retry button. */
export const SrcFailed: Story = {...srcFailed, tags: ['error-state']};

export const Chinese: Story = {...huaianWith({lang: 'zh-CN'})};
export const English: Story = {...huaianWith({lang: 'en'})};
export const Bilingual: Story = {...huaianWith({lang: 'bilingual'})};

export const Phone360: Story = {...huaianWith({width: '360'})};
export const Tablet768: Story = {...huaianWith({width: '768'})};
export const Desktop1280: Story = {...huaianWith({width: '1280'})};

/** The built-in dark palette, forced with `--dr-color-scheme: dark` (needs CSS light-dark()). */
export const Dark: Story = {args: {report: huaian2024, audit: true}, globals: {scheme: 'dark'}};

/**
 * The print layout on an A4 text column (180 mm: 210 mm less 15 mm margins), emulated on screen:
 * official wide tables, black on white, print font. Page breaks and `@page` only show in the
 * browser's print preview.
 */
export const PrintPreview: Story = {...printPreview, play: playPrint};
