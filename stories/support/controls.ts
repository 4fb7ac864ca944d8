/**
 * Which rows of a docs page's API table get a control. Storybook makes a row, and a control, for
 * everything custom-elements.json lists: attributes, properties, events, parts, CSS properties. A
 * control only does something when the story's render binds its arg, so the stories bind exactly
 * the args in CONTROLLED (as attributes, by their attribute names, and `report` as a property),
 * and every other row keeps its documentation without a control:
 *
 * - events, slots, parts and CSS custom properties: nothing for a control to set;
 * - properties that mirror an attribute (`headingLevel`, `hideCaption`: the `heading-level` and
 *   `hide-caption` rows drive them) and read-only ones (`findings`, `error`);
 * - `src`, `credentials` and `timeout` in a story that gives a `report`: the element takes the
 *   `report` property over `src` and fetches nothing.
 */
import type {Preview} from '@storybook/web-components-vite';
import {ifDefined} from 'lit/directives/if-defined.js';
import {keyed} from 'lit/directives/keyed.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {LOCALES} from '../../src/model/texts/locales.js';
import {bilingualOf, type LanguageArgs} from './frame.js';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** The args every element story binds; element-specific ones are only in that element's manifest. */
const CONTROLLED = new Set([
  'report',
  'src',
  'credentials',
  'timeout',
  'audit',
  'bilingual',
  'lang',
  'heading-level',
  'hide-caption',
  'table',
  'section',
]);

/** Only read by a load from `src`. */
const SRC_ONLY = new Set(['src', 'credentials', 'timeout']);

export const liveControlsOnly: ArgTypesEnhancer = ({argTypes, initialArgs}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const live = CONTROLLED.has(name) && !(SRC_ONLY.has(name) && initialArgs.report !== undefined);
      return [name, live ? argType : {...argType, control: false}];
    }),
  );

/**
 * Controls of the args every element has. The manifest's types (`string | undefined`,
 * `RequestCredentials`) name no control, and Storybook drops args of such types
 * from a story's URL (`&args=lang:en`, a shared link): the string ones say `type: 'string'`. The
 * docs tables still show the manifest's types.
 */
export const reportArgTypes = {
  report: {control: 'object'},
  src: {type: 'string', control: 'text'},
  credentials: {type: 'string', control: 'inline-radio', options: ['omit', 'same-origin', 'include']},
  timeout: {control: {type: 'number', min: 0, step: 1000}},
  audit: {control: 'boolean'},
  bilingual: {control: 'boolean'},
  lang: {type: 'string', control: 'inline-radio', options: LOCALES.map(({locale}) => locale)},
} as const;

/** `heading-level`: 1–6. */
export const headingLevelArgType = {control: {type: 'number', min: 1, max: 6, step: 1}} as const;

/**
 * The args that only a new load reads (`credentials`, `timeout`), as a key for lit's `keyed()`:
 * changing one renders a new element, which loads `src` again with it.
 */
export const loadKey = (args: {credentials?: string; timeout?: number}): string =>
  `${args.credentials ?? ''} ${args.timeout ?? ''}`;

/** The args of any element's stories; each element's stories set those its element has. */
export interface ElementArgs extends LanguageArgs {
  report?: unknown;
  src?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  audit: boolean;
  table?: string;
  section?: string;
  'heading-level'?: number;
  'hide-caption'?: boolean;
}

/**
 * The render of every element's stories: `report` as a property, each other arg as the attribute
 * of its name (left off when unset), the language as frame.ts decides.
 */
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag name is static (lit/static-html's unsafeStatic), which the Lit lint rules cannot tell from a binding */
export const renderElement = (tag: string) => (args: ElementArgs, context: {globals: Record<string, unknown>}) => {
  const name = unsafeStatic(tag);
  return html`${keyed(
    loadKey(args),
    html`<${name}
        .report=${args.report}
        table=${ifDefined(args.table)}
        section=${ifDefined(args.section)}
        src=${ifDefined(args.src)}
        credentials=${ifDefined(args.credentials)}
        timeout=${ifDefined(args.timeout)}
        ?audit=${args.audit}
        ?hide-caption=${Boolean(args['hide-caption'])}
        ?bilingual=${bilingualOf(args, context)}
        lang=${ifDefined(args.lang)}
        heading-level=${ifDefined(args['heading-level'])}
      ></${name}>`,
  )}`;
};
/* eslint-enable lit/binding-positions, lit/no-invalid-html */
