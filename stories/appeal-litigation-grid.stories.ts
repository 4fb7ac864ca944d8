/** <appeal-litigation-grid>: table 四, 15 columns wide; transposed in narrow columns, official on paper. */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {broken, huaian2024, xiguan2024} from '../src/examples/index.js';
import {fromSrc, huaianWith, playPrint, printPreview, srcFailed, srcLoading} from './support/common-stories.js';
import {renderElement, reportArgTypes, type ElementArgs} from './support/controls.js';

type Args = ElementArgs;

const meta: Meta<Args> = {
  title: 'Elements/appeal-litigation-grid',
  component: 'appeal-litigation-grid',
  args: {audit: false, 'hide-caption': false},
  argTypes: {...reportArgTypes, 'hide-caption': {control: 'boolean'}},
  render: renderElement('appeal-litigation-grid'),
};
export default meta;

type Story = StoryObj<Args>;

export const Seed: Story = {args: {report: xiguan2024}};
export const Huaian: Story = {args: {report: huaian2024}};
export const InconsistentWithAudit: Story = {args: {report: broken.reconsiderationTotalOff(), audit: true}};
export const FromSrc: Story = {...fromSrc};
export const SrcLoading: Story = {...srcLoading};
export const SrcFailed: Story = {...srcFailed, tags: ['error-state']};
export const English: Story = {...huaianWith({lang: 'en'})};
export const Bilingual: Story = {...huaianWith({lang: 'bilingual'})};
/** Below about 46em the table is transposed: 15 rows under 行政复议 / 未经复议直接起诉 / 复议后起诉. */
export const Phone360: Story = {...huaianWith({width: '360'})};
export const Tablet768: Story = {...huaianWith({width: '768'})};
export const Dark: Story = {...huaianWith({scheme: 'dark'})};
export const PrintPreview: Story = {...printPreview, play: playPrint};
