/** The example reports used by tests, stories and the demo. */
import type {DisclosureReport, Message} from '../model/types.js';
import {reconsiderationTotalOff} from './broken.js';
import {huaian2024} from './huaian-2024.js';
import {xiguan2024} from './xiguan-2024.js';

export {huaian2024, xiguan2024};
export * as broken from './broken.js';

export interface Example {
  id: string;
  label: Message;
  report: DisclosureReport;
}

export const examples: Example[] = [
  {
    id: 'xiguan-2024',
    label: {zh: '老城区西关街道办事处 2024（全零表格）', en: 'Xiguan Subdistrict Office 2024 (all-zero tables)'},
    report: xiguan2024,
  },
  {
    id: 'huaian-2024',
    label: {zh: '淮安市人民政府 2024（仅表格）', en: 'Huai’an Municipal Government 2024 (tables only)'},
    report: huaian2024,
  },
  {
    id: 'huaian-2024-broken',
    label: {
      zh: '淮安 2024，行政复议总计故意改错',
      en: 'Huai’an 2024 with a deliberately wrong reconsideration total',
    },
    report: reconsiderationTotalOff(),
  },
];
