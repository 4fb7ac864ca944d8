/**
 * Every story renders inside a frame that the toolbar controls: the language (the frame's `lang`,
 * which the elements inherit; 双语 sets `lang="zh-CN"` and stories add the `bilingual` attribute),
 * the width a CMS column or phone gives the report, and the colour scheme (through the
 * `--dr-color-scheme` hook, which inherits into every nested element).
 *
 * The `lang` and `bilingual` controls and the language toolbar do not fight: a control, once set,
 * wins for its element (`lang` on the element beats the frame's; `bilingual` true or false replaces
 * 双语); unset or reset, the toolbar decides (see stories/support/frame.ts).
 *
 * Controls: only the args the stories' renders bind get one; the manifest's other rows (events,
 * parts, read-only properties…) stay in the docs tables without (see stories/support/controls.ts).
 */
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import a11yRules from './a11y-rules.json';
import '../src/all.js';
import {liveControlsOnly} from '../stories/support/controls.js';
import {installStoryFetch} from '../stories/support/story-fetch.js';

setCustomElementsManifest(manifest);
installStoryFetch();

/** Toolbar value → colour scheme. The frame paints with the scheme's system colours; the elements' own palette lives in src/components/common/styles.ts. */
const SCHEMES: Record<string, string> = {light: 'light', dark: 'dark'};

const frame: Decorator = (story, {globals, parameters, viewMode}) => {
  const width = parameters.frameWidth ?? (globals.width === 'full' ? undefined : `${globals.width}px`);
  const scheme = SCHEMES[globals.scheme as string];
  const style = {
    boxSizing: 'border-box',
    width,
    maxWidth: '100%',
    padding: '8px',
    '--dr-color-scheme': scheme,
    colorScheme: scheme,
    color: scheme && 'CanvasText',
    background: scheme && 'Canvas',
  };
  const lang = globals.lang === 'en' ? 'en' : 'zh-CN';
  // A story stands for a page: its content in <main>, as a portal would place the report, so the
  // a11y panel reports the elements and not the frame (landmark-one-main, region). A docs page
  // shows many stories, where one <main> each would be wrong.
  return viewMode === 'docs'
    ? html`<div class="story-frame" lang=${lang} style=${styleMap(style)}>${story()}</div>`
    : html`<main class="story-frame" lang=${lang} style=${styleMap(style)}>${story()}</main>`;
};

/** A toolbar menu that shows the chosen item's title. */
const toolbar = (
  description: string,
  title: string,
  icon: string,
  items: readonly (readonly [value: string, title: string])[],
) => ({
  description,
  toolbar: {title, icon, items: items.map(([value, itemTitle]) => ({value, title: itemTitle})), dynamicTitle: true},
});

const preview: Preview = {
  decorators: [frame],
  argTypesEnhancers: [liveControlsOnly],
  globalTypes: {
    lang: toolbar('Language of the report', 'Language', 'globe', [
      ['zh-CN', '中文'],
      ['en', 'English'],
      ['bilingual', '双语 (bilingual)'],
    ]),
    width: toolbar('Width of the column the report sits in', 'Width', 'mobile', [
      ['360', '360 px (phone)'],
      ['768', '768 px (tablet)'],
      ['1280', '1280 px (desktop)'],
      ['full', 'Full width'],
    ]),
    scheme: toolbar('Colour scheme', 'Scheme', 'contrast', [
      ['system', 'Follow the system'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ]),
  },
  initialGlobals: {lang: 'zh-CN', width: '1280', scheme: 'system'},
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true},
    // A story is one element, not a page: whether the page has an <h1> is the host page's
    // concern (a section or table story has none). scripts/sb-smoke.mjs runs axe with the same rules.
    a11y: {test: 'error', config: {rules: a11yRules}},
  },
  tags: ['autodocs'],
};

export default preview;
