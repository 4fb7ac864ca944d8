/** <report-editor>: the report as a form, in each state a person meets. */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/editor/define.js';
import type {EditorBlock, ReportEditor} from '../src/editor/report-editor.js';
import {broken, huaian2024} from '../src/examples/index.js';
import type {Locale} from '../src/i18n/localization.js';
import {LOCALES} from '../src/model/texts/locales.js';
import type {DisclosureReport} from '../src/model/types.js';
import {fieldsOf} from '../src/editor/fields.js';
import {draftKey, saveDraft} from '../src/editor/local-save.js';

interface Args {
  report?: DisclosureReport;
  previous?: DisclosureReport;
  block: EditorBlock;
  lang?: Locale;
  width?: string;
}

/** Stories start from their own state, not from a draft another story left in this browser. */
const forgetDrafts = () => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('disclosure-report-editor:')) localStorage.removeItem(key);
};

const meta: Meta<Args> = {
  title: 'Elements/report-editor',
  component: 'report-editor',
  // No docs page: the story smoke reads the viewer elements' API (their events and parts) there.
  tags: ['!autodocs'],
  args: {block: 'requests'},
  argTypes: {
    block: {
      control: 'select',
      options: ['info', 'overview', 'proactive', 'requests', 'appeals', 'problems', 'otherMatters', 'preview'],
    },
    lang: {control: 'inline-radio', options: LOCALES.map(({locale}) => locale)},
    width: {control: 'inline-radio', options: ['360', '768', '1280']},
  },
  render: (args) => {
    forgetDrafts();
    return html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <report-editor
        block=${args.block}
        lang=${ifDefined(args.lang)}
        .report=${args.report}
        .previous=${args.previous}
      ></report-editor>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const editorIn = (canvas: HTMLElement) => canvas.querySelector<ReportEditor>('report-editor')!;

/** A new report: every cell blank (空), which is not 0. */
export const Blank: Story = {};
export const BlankDetails: Story = {args: {block: 'info'}};
export const Huaian: Story = {args: {report: huaian2024}};
export const HuaianProactive: Story = {args: {report: huaian2024, block: 'proactive'}};
export const HuaianAppeals: Story = {args: {report: huaian2024, block: 'appeals'}};
export const Overview: Story = {args: {report: huaian2024, block: 'overview'}};

/** A wrong total of table 四: marked at its cell and listed with the words of the viewer's audit. */
export const WrongTotal: Story = {args: {report: broken.reconsiderationTotalOff(), block: 'appeals'}};

/** Last year's report given: the cross-year checks run, and 从上年报告预填 is offered. */
export const WithPrevious: Story = {
  args: {
    report: {...huaian2024, requests: {...huaian2024.requests, carriedOver: {...huaian2024.requests.newReceived}}},
    previous: {...huaian2024, year: 2023},
  },
};

export const Preview: Story = {args: {report: huaian2024, block: 'preview'}};
export const English: Story = {args: {report: broken.reconsiderationTotalOff(), lang: 'en'}};
export const Phone360: Story = {args: {report: huaian2024, width: '360'}};
export const Phone360Details: Story = {args: {report: huaian2024, width: '360', block: 'info'}};

/** Work left in this browser (a reload, a crash) is offered back. */
export const DraftOffered: Story = {
  args: {report: huaian2024, block: 'appeals'},
  render: (args, context) => {
    const shown = meta.render!(args, context);
    const fields = fieldsOf(huaian2024);
    fields.set('appeals.reconsideration.upheld', '4242');
    saveDraft(draftKey('淮安市人民政府', '2024'), {
      fields: [...fields],
      base: huaian2024,
      savedAt: '2025-01-20T09:30:00Z',
    });
    return shown;
  },
};

/** A file opened: what it holds is shown before it replaces the work. */
export const OpenedFile: Story = {
  args: {report: huaian2024, block: 'requests'},
  play: async ({canvasElement}) => {
    const editor = editorIn(canvasElement);
    await editor.updateComplete;
    const input = editor.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([JSON.stringify(broken.reconsiderationTotalOff())], '淮安-2024.json', {type: 'application/json'}),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
  },
};

/** （六）其他处理 as one row (the 2019 layout): edited as one row, with the split offered. */
export const UndividedOther: Story = {args: {report: broken.undividedOther(), block: 'requests'}};

/** The one row split into the 2021 rows: blank, with the one row's numbers above the table. */
export const UndividedOtherSplit: Story = {
  args: {report: broken.undividedOther(), block: 'requests'},
  play: async ({canvasElement}) => {
    const editor = editorIn(canvasElement);
    await editor.updateComplete;
    editor.splitOther();
    // Saved, so leaving the story does not ask first (the editor's beforeunload warning).
    editor.save();
  },
};

/** A paragraph with a line break in it (a blank line separates paragraphs). */
export const LineBreaks: Story = {
  args: {
    report: {
      ...huaian2024,
      problems: {paragraphs: ['一是公开内容不够全面；\n二是解读形式较为单一。', '下一步将加以改进。']},
    },
    block: 'problems',
  },
};
