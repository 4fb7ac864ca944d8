/**
 * What a host framework's templates may give each element, in one place for the React and Vue
 * declarations (react.ts, vue.ts): the attributes and properties, and the two events with their
 * details. Types only.
 */
import type {DisclosureErrorDetail, DisclosureFindingsDetail} from '../components/base/report-element.js';
import type {DisclosureTableId} from '../components/disclosure-table/disclosure-table.js';
import type {Locale} from '../i18n/localization.js';
import type {SectionId} from '../model/types.js';

/** What every element takes. `report` is any value (it is validated) and is replaced, never mutated. */
export interface CommonProps {
  report?: unknown;
  src?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  audit?: boolean;
  bilingual?: boolean;
  /** A BCP 47 tag: zh-CN, en, or any locale registered (localeFromLang picks the one it asks for). */
  lang?: Locale;
}

/** Heading level, a whole number 1–6: as the property or as the attribute. */
interface HeadingProps {
  headingLevel?: number;
  'heading-level'?: number | `${number}`;
}

interface CaptionProps {
  hideCaption?: boolean;
  'hide-caption'?: boolean;
}

/** Each tag's own props, beside CommonProps. */
export interface OwnProps {
  'disclosure-report': HeadingProps;
  'report-section': HeadingProps & {section?: SectionId};
  'disclosure-table': CaptionProps & {table?: DisclosureTableId};
  'appeal-litigation-grid': CaptionProps;
}

export type ErrorListener = (event: CustomEvent<DisclosureErrorDetail>) => void;
export type FindingsListener = (event: CustomEvent<DisclosureFindingsDetail>) => void;
