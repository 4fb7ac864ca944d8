/**
 * For React 19 apps: `import 'disclosure-report/react'` once registers every element and declares
 * them to JSX, with their props and events typed:
 *
 *   <disclosure-report report={report} lang="en" ondisclosure-error={(e) => e.detail.issues} />
 *
 * React 19 sets a custom element's props as properties when the element has them (report,
 * audit…), else as attributes, and adds a prop `on<name>` as a listener of the event `<name>`,
 * exactly as written: so the events are `ondisclosure-error` and `ondisclosure-findings`.
 */
import './all.js';
import type {HTMLAttributes, RefAttributes} from 'react';
import type {CommonProps, ErrorListener, FindingsListener, OwnProps} from './hosts/element-props.js';

interface EventProps {
  'ondisclosure-error'?: ErrorListener;
  'ondisclosure-findings'?: FindingsListener;
}

/** React's own attributes of an element (className, style, children…), then ours, which win. */
export type ReactElementProps<Tag extends keyof OwnProps> = Omit<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  keyof CommonProps | keyof OwnProps[Tag]
> &
  RefAttributes<HTMLElementTagNameMap[Tag]> &
  CommonProps &
  OwnProps[Tag] &
  EventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'disclosure-report': ReactElementProps<'disclosure-report'>;
      'report-section': ReactElementProps<'report-section'>;
      'disclosure-table': ReactElementProps<'disclosure-table'>;
      'appeal-litigation-grid': ReactElementProps<'appeal-litigation-grid'>;
    }
  }
}
