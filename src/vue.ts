/**
 * For Vue 3 apps: `import 'disclosure-report/vue'` once registers every element and declares them
 * as global components for vue-tsc and editors, with their props and events typed:
 *
 *   <disclosure-report :report="report" lang="en" @disclosure-error="(e) => e.detail.issues" />
 *
 * Vue itself must be told these tags are custom elements, not Vue components:
 * `compilerOptions.isCustomElement: (tag) => ['disclosure-report', 'report-section',
 * 'disclosure-table', 'appeal-litigation-grid'].includes(tag)` (README, "In Vue").
 */
import './all.js';
import type {AllowedComponentProps, HTMLAttributes, VNodeProps} from 'vue';
import type {CommonProps, ErrorListener, FindingsListener, OwnProps} from './hosts/element-props.js';

/** `@disclosure-error` in a template is the prop `onDisclosureError`. */
interface EventProps {
  onDisclosureError?: ErrorListener;
  onDisclosureFindings?: FindingsListener;
}

/** How vue-tsc reads a global component: a constructor whose instances carry `$props`. */
export type VueElement<Tag extends keyof OwnProps> = new () => HTMLElementTagNameMap[Tag] & {
  $props: Omit<HTMLAttributes, keyof CommonProps> &
    AllowedComponentProps &
    VNodeProps &
    CommonProps &
    OwnProps[Tag] &
    EventProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'disclosure-report': VueElement<'disclosure-report'>;
    'report-section': VueElement<'report-section'>;
    'disclosure-table': VueElement<'disclosure-table'>;
    'appeal-litigation-grid': VueElement<'appeal-litigation-grid'>;
  }
}
