/** <disclosure-table>: table 二 (proactive) or 三 (requests), alone on a page. */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {broken, huaian2024, xiguan2024} from '../src/examples/index.js';
import {malformedCases} from '../src/examples/malformed.js';
import {fromSrc, huaianWith, playPrint, printPreview, srcFailed, srcLoading} from './support/common-stories.js';
import {renderElement, reportArgTypes, type ElementArgs} from './support/controls.js';

type Args = ElementArgs & {table: 'proactive' | 'requests'};

const meta: Meta<Args> = {
  title: 'Elements/disclosure-table',
  component: 'disclosure-table',
  args: {table: 'requests', audit: false, 'hide-caption': false},
  argTypes: {
    ...reportArgTypes,
    table: {type: 'string', control: 'inline-radio', options: ['proactive', 'requests']},
    'hide-caption': {control: 'boolean'},
  },
  render: renderElement('disclosure-table'),
};
export default meta;

type Story = StoryObj<Args>;

export const ProactiveSeed: Story = {args: {table: 'proactive', report: xiguan2024}};
export const RequestsSeed: Story = {args: {table: 'requests', report: xiguan2024}};
export const ProactiveHuaian: Story = {args: {table: 'proactive', report: huaian2024}};
export const RequestsHuaian: Story = {args: {table: 'requests', report: huaian2024}};

/** （一）予以公开 总计 one too many: the row and column findings, marked and listed. */
export const RequestsInconsistentWithAudit: Story = {args: {report: broken.rowTotalOff(), audit: true}};

/** A blank cell is shown blank (not 0) and never summed. */
export const BlankCell: Story = {args: {report: broken.blankCell(), audit: true}};

/** The 2019 layout's undivided （六）其他处理 row. */
export const UndividedOther: Story = {args: {report: broken.undividedOther()}};

export const InvalidCell: Story = {
  args: {report: JSON.parse(malformedCases.find((entry) => entry.id === 'count-as-string')!.text)},
  tags: ['error-state'],
};

export const FromSrc: Story = {...fromSrc};
export const SrcLoading: Story = {...srcLoading};
export const SrcFailed: Story = {...srcFailed, tags: ['error-state']};

export const English: Story = {...huaianWith({lang: 'en'})};
export const Bilingual: Story = {...huaianWith({lang: 'bilingual'})};
export const Phone360: Story = {...huaianWith({width: '360'})};
export const Tablet768: Story = {...huaianWith({width: '768'})};
export const Dark: Story = {args: {report: huaian2024, audit: true}, globals: {scheme: 'dark'}};
export const PrintPreview: Story = {...printPreview, play: playPrint};
