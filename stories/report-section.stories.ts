/** <report-section>: one of the six sections, its heading from the format, then its text or table. */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {SECTIONS} from '../src/model/format.js';
import type {SectionId} from '../src/model/types.js';
import {broken, huaian2024, xiguan2024} from '../src/examples/index.js';
import {headingLevelArgType, renderElement, reportArgTypes, type ElementArgs} from './support/controls.js';
import {storyUrl} from './support/story-fetch.js';

type Args = ElementArgs & {section: SectionId};

const SECTION_IDS = SECTIONS.map((section) => section.id);

const meta: Meta<Args> = {
  title: 'Elements/report-section',
  component: 'report-section',
  args: {section: 'overview', report: xiguan2024, audit: false, 'heading-level': 2},
  argTypes: {
    ...reportArgTypes,
    section: {type: 'string', control: 'select', options: SECTION_IDS},
    'heading-level': headingLevelArgType,
  },
  render: renderElement('report-section'),
};
export default meta;

type Story = StoryObj<Args>;

/** 一、总体情况: the seed report's narrative. */
export const Overview: Story = {args: {section: 'overview'}};
export const Proactive: Story = {args: {section: 'proactive'}};
export const Requests: Story = {args: {section: 'requests', report: huaian2024}};
export const Appeals: Story = {args: {section: 'appeals', report: huaian2024}};
export const Problems: Story = {args: {section: 'problems'}};
export const OtherMatters: Story = {args: {section: 'otherMatters'}};
export const AppealsWithAudit: Story = {
  args: {section: 'appeals', report: broken.reconsiderationTotalOff(), audit: true},
};
export const OverviewEnglish: Story = {args: {section: 'overview'}, globals: {lang: 'en'}};
export const OverviewBilingual: Story = {args: {section: 'overview'}, globals: {lang: 'bilingual'}};
export const SrcLoading: Story = {args: {report: undefined, src: storyUrl.never('report.json'), timeout: 3_600_000}};
export const SrcFailed: Story = {
  args: {report: undefined, src: storyUrl.notFound('report.json')},
  tags: ['error-state'],
};
