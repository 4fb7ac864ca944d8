/**
 * Every story renders inside a frame that the toolbar controls: the language (the frame's `lang`,
 * which the elements inherit; 双语 sets `lang="zh-CN"` and stories add the `bilingual` attribute),
 * the width a CMS column or phone gives the report, and the colour scheme (through the
 * `--dr-color-scheme` hook, which inherits into every nested element).
 */
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/all.js';
import {installStoryFetch} from '../stories/support/story-fetch.js';

setCustomElementsManifest(manifest);
installStoryFetch();

const SCHEMES: Record<string, {scheme: string; fg: string; bg: string}> = {
  light: {scheme: 'light', fg: '#1a1a1a', bg: '#ffffff'},
  dark: {scheme: 'dark', fg: '#ececec', bg: '#161616'},
};

const frame: Decorator = (story, {globals, parameters}) => {
  const width = parameters.frameWidth ?? (globals.width === 'full' ? undefined : `${globals.width}px`);
  const scheme = SCHEMES[globals.scheme as string];
  const style = {
    boxSizing: 'border-box',
    width,
    maxWidth: '100%',
    padding: '8px',
    '--dr-color-scheme': scheme?.scheme,
    colorScheme: scheme?.scheme,
    color: scheme?.fg,
    background: scheme?.bg,
  };
  return html`<div class="story-frame" lang=${globals.lang === 'en' ? 'en' : 'zh-CN'} style=${styleMap(style)}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [frame],
  globalTypes: {
    lang: {
      description: 'Language of the report',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'zh-CN', title: '中文'},
          {value: 'en', title: 'English'},
          {value: 'bilingual', title: '双语 (bilingual)'},
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the column the report sits in',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: [
          {value: '360', title: '360 px (phone)'},
          {value: '768', title: '768 px (tablet)'},
          {value: '1280', title: '1280 px (desktop)'},
          {value: 'full', title: 'Full width'},
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          {value: 'system', title: 'Follow the system'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'zh-CN', width: '1280', scheme: 'system'},
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true},
    a11y: {test: 'error'},
  },
  tags: ['autodocs'],
};

export default preview;
